/** The Sources page queries cover every source and name the missing years. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, runner } from '../../helpers/query.ts';

test('sources page: catalogue covers every source; coverage lists missing years', async () => {
  const cat = await runner.query('sources_catalogue');
  const ids = new Set(cat.map((r) => r.id));
  assert.equal(ids.size, cat.length);
  assert.ok(ids.has('668528-598284'));
  const cov = await runner.query('sources_coverage');
  const gp = find(cov, (r) => r.cadre === 'gps' && r.measure === 'density');
  assert.match(String(gp.missing), /(^|,)2014(,|$)/);
  assert.doesNotMatch(String(gp.missing), /(^|,)2015(,|$)/);
});
