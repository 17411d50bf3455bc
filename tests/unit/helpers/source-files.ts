/** The site's source files, for tests that read the code itself (strings used, selectors written). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

/** Every file under src/ whose name ends in one of `endings` (e.g. '.css'), as full paths, in a stable order. */
export function sourceFiles(...endings: string[]): string[] {
  return readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && endings.some((end) => e.name.endsWith(end)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
