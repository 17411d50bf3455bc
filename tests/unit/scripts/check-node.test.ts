import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { root } from '../helpers/pipeline.ts';

const script = `${root}scripts/check-node.mjs`;

test('check-node passes on this Node', () => {
  assert.equal(spawnSync(process.execPath, [script]).status, 0);
});

// An older Node on the machine (e.g. the system's /usr/bin/node) must get a clear message and exit 1.
const old = '/usr/bin/node';
const oldVersion = existsSync(old) ? spawnSync(old, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const m = oldVersion.match(/^v(\d+)\.(\d+)/);
const isOld = !!m && (Number(m[1]) < 22 || (Number(m[1]) === 22 && Number(m[2]) < 12));

test('check-node refuses an old Node with a clear message', { skip: isOld ? false : 'no Node older than 22.12 on this machine' }, () => {
  const r = spawnSync(old, [script], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /needs Node 22\.12 or newer \(found \d+/);
});
