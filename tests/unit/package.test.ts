import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root } from './helpers/pipeline.ts';

const read = (file: string) => JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as Record<string, unknown>;

// `npm ci` checks only the dependencies; `npm install` rewrites the lock when anything else of the root differs,
// leaving a fresh clone's checkout dirty.
test('the lock file records the root package exactly as package.json states it', () => {
  const pkg = read('package.json');
  const lockRoot = (read('package-lock.json').packages as Record<string, Record<string, unknown>>)['']!;
  for (const key of ['name', 'version', 'license', 'engines', 'dependencies', 'devDependencies']) {
    assert.deepEqual(lockRoot[key], pkg[key], key);
  }
});

test('the lock records no registry addresses (installs the same from any registry or mirror)', () => {
  assert.doesNotMatch(readFileSync(`${root}package-lock.json`, 'utf8'), /"resolved":/);
});

test('every dependency with an install script is reviewed in allowScripts', () => {
  const pkg = read('package.json') as { allowScripts: Record<string, boolean> };
  const packages = read('package-lock.json').packages as Record<string, { hasInstallScript?: boolean }>;
  const withScripts = Object.entries(packages).filter(([, p]) => p.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, ''));
  for (const name of withScripts) assert.ok(name in pkg.allowScripts, `${name} is reviewed in allowScripts`);
});
