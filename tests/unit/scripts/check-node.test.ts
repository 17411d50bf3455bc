import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { root } from '../helpers/pipeline.ts';

const script = `${root}scripts/check-node.mjs`;
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };

test('check-node passes, silently, on the Node the npm scripts run on', () => {
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stdout + r.stderr, '');
});

// An older Node on the machine (e.g. the system's /usr/bin/node) gets one line saying what to do, and exit 1.
const old = '/usr/bin/node';
const oldVersion = existsSync(old) ? spawnSync(old, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const m = oldVersion.match(/^v(\d+)\.(\d+)/);
const isOld = !!m && (Number(m[1]) < 22 || (Number(m[1]) === 22 && Number(m[2]) < 18));

test('check-node refuses an old Node with one line saying what to do', { skip: isOld ? false : 'no Node older than 22.18 on this machine' }, () => {
  const r = spawnSync(old, [script], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /^Node \d+\.\d+\.\d+ cannot run this project's scripts \(they need Node 22\.18 or newer\): run (them with npm|`npm install`)/);
});

test('every statement of the Node requirement agrees with the pinned runtime', () => {
  const runtime = pkg.devDependencies.node!;
  assert.match(runtime, /^\d+\.\d+\.\d+$/, 'the node dev dependency is pinned to one version');
  assert.equal(read('.nvmrc').trim(), runtime);
  assert.equal(pkg.engines.node, '>=20');
  const readme = read('README.md');
  assert.ok(readme.includes(`Node ${runtime}`), 'README names the runtime version');
  assert.ok(readme.includes('Node.js 20 or newer'), 'README names the Node needed to install');
  assert.match(read('.ci/run'), />= 20/);
});
