/** A data build on a few raw files in a temporary folder, with the project's vocabularies and catalogue. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runBuild, type BuildResult } from '../../../scripts/pipeline/build.ts';
import { root } from './pipeline.ts';
import { tempDir } from './temp-dir.ts';

/** `files`: paths to copy in (with their sidecars when `withSidecar`), or name → content to write. */
export function rawDir(files: (string | [name: string, content: string | Buffer])[], withSidecar = true): string {
  const dir = tempDir('chwd-raw-');
  for (const f of files) {
    if (typeof f !== 'string') { writeFileSync(join(dir, f[0]), f[1]); continue; }
    copyFileSync(f, join(dir, basename(f)));
    if (withSidecar) try { copyFileSync(`${f}.source.json`, join(dir, `${basename(f)}.source.json`)); } catch { /* no sidecar */ }
  }
  return dir;
}

export function buildFrom(dir: string, outDir = join(dir, 'out')): Promise<BuildResult> {
  return runBuild({ rawDir: dir, outDir, vocabDir: join(root, 'data/vocab'), cataloguePath: join(root, 'data/sources.json'), strict: false });
}
