import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readState, writeState, sameState, type StateSpec } from '../../../../src/lib/url-state.ts';

const spec: StateSpec = {
  id: 'urban-rural-world',
  defaults: { cadre: 'medical_doctors', view: 'lines', year: 2019 },
  allowed: { cadre: ['medical_doctors', 'nursing_midwifery'], view: ['lines', 'rank'], year: ['2019', '2010'] },
  prefixed: true,
};

test('defaults are omitted and other parameters kept', () => {
  const p = writeState(spec, { cadre: 'medical_doctors', view: 'rank', year: 2010 }, new URLSearchParams('other.key=1'));
  assert.equal(p.toString(), 'other.key=1&urban-rural-world.view=rank&urban-rural-world.year=2010');
  const back = writeState(spec, spec.defaults, p);
  assert.equal(back.toString(), 'other.key=1');
});

test('a URL round-trips to the same state, with numbers as numbers', () => {
  const state = { cadre: 'nursing_midwifery', view: 'rank', year: 2010 };
  const read = readState(spec, writeState(spec, state, new URLSearchParams()));
  assert.deepEqual(read, state);
  assert.equal(typeof read.year, 'number');
});

test('values a control does not offer are ignored', () => {
  const read = readState(spec, new URLSearchParams("urban-rural-world.cadre=x';DROP&urban-rural-world.year=1800"));
  assert.deepEqual(read, spec.defaults);
});

test('embed pages use unprefixed keys', () => {
  const embed = { ...spec, prefixed: false };
  assert.equal(writeState(embed, { ...spec.defaults, view: 'rank' }, new URLSearchParams()).toString(), 'view=rank');
  assert.equal(readState(embed, new URLSearchParams('view=rank')).view, 'rank');
});

test('sameState compares by value', () => {
  assert.ok(sameState({ year: 2019 }, { year: '2019' }));
  assert.ok(!sameState({ year: 2019 }, { year: 2010 }));
});
