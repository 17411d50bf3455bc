/**
 * A killed data build must leave nothing the site would publish: outputs are staged outside the output's folder
 * (public/ is copied into the site whole), and staging folders left by killed builds are removed by the next build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { removeStaleStaging } from '../../../../scripts/pipeline/write-outputs.ts';
import { root } from '../../helpers/pipeline.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

test('staging folders of ended builds are removed; a running build\'s and other folders are left alone', () => {
  const dir = tempDir('chwd-stale-');
  const dead = deadPid();
  for (const d of [`data.tmp-${dead}`, `data.old-${dead}`, `data.tmp-${process.ppid}`, 'data', `data-x.tmp-${dead}`, 'data.tmp-abc']) mkdirSync(join(dir, d));
  const removed = removeStaleStaging(dir, 'data');
  assert.deepEqual(removed.map((p) => p.slice(dir.length + 1)).sort(), [`data.old-${dead}`, `data.tmp-${dead}`]);
  assert.deepEqual(readdirSync(dir).sort(), ['data', `data-x.tmp-${dead}`, 'data.tmp-abc', `data.tmp-${process.ppid}`].sort());
});

test('npm run data killed mid-write leaves nothing under public/, and the next run clears what it left', async () => {
  const site = tempDir('chwd-site-');
  const out = join(site, 'public', 'data');
  const cache = join(root, 'node_modules/.cache/chwd-data');
  const child = spawn(process.execPath, [join(root, 'scripts/build-data.ts'), '--out', out], { stdio: 'ignore' });
  const staging = join(cache, `data.tmp-${child.pid}`);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let caught = false;
  // wait for the build to start writing its outputs, then kill it there
  while (child.exitCode === null && child.signalCode === null) {
    if (existsSync(staging)) { child.kill('SIGKILL'); caught = true; break; }
    await new Promise((r) => setTimeout(r, 10));
  }
  await exited;
  assert.ok(caught, 'the build was killed while writing');
  assert.ok(existsSync(staging), 'the killed build left its staging folder, outside public/');
  assert.deepEqual(existsSync(join(site, 'public')) ? readdirSync(join(site, 'public')) : [], [], 'nothing under public/ for the site to copy');
  const again = spawnSync(process.execPath, [join(root, 'scripts/build-data.ts'), '--out', out], { encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  assert.ok(!existsSync(staging), 'the next build removed it');
  assert.deepEqual(readdirSync(join(site, 'public')), ['data']);
});
