import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowRejection, compositionWarnings, partTotalWarnings } from '../../../../scripts/pipeline/checks.ts';
import { applyPrecedence } from '../../../../scripts/pipeline/precedence.ts';
import { makeObs, vocab } from '../../helpers/pipeline.ts';

test('negative counts are rejected', () => {
  const r = rowRejection(makeObs({ value: -5, value_published: '-5' }));
  assert.match(r?.reason ?? '', /negative/);
  assert.equal(r?.column, 'value');
  assert.equal(rowRejection(makeObs()), null);
});

test('implausible densities are rejected, plausible ones kept', () => {
  const d = (value: number, unit: string) => makeObs({ measure: 'density', unit, value, denominator: 'unspecified' });
  assert.match(rowRejection(d(88, 'per_1000'))?.reason ?? '', /implausible density/);
  assert.equal(rowRejection(d(12.6, 'per_1000')), null);
  assert.match(rowRejection(d(880, 'per_10000'))?.reason ?? '', /implausible/);
  assert.equal(rowRejection(d(108, 'per_10000')), null);
});

test('shares above 100% are rejected', () => {
  assert.match(rowRejection(makeObs({ measure: 'share', unit: 'percent', value: 130 }))?.reason ?? '', /above 100/);
});

const share = (category: string, value: number, row: number, breakdown = 'education') =>
  makeObs({ theme: 'composition', measure: 'share', unit: 'percent', breakdown, category, value, value_published: String(value), raw_row: row, obs_id: `q.csv#${row}`, raw_file: 'q.csv' });

test('a complete composition must sum to ~100%', () => {
  const ok = [share('bachelor_plus', 34.6, 2), share('junior_college', 37.8, 3), share('secondary_vocational', 22.3, 4), share('high_school_below', 5.4, 5)];
  assert.deepEqual(compositionWarnings(ok, vocab.compositionSets), []);
  const bad = [share('bachelor_plus', 34.6, 2), share('junior_college', 37.8, 3), share('secondary_vocational', 12.3, 4), share('high_school_below', 5.4, 5)];
  const w = compositionWarnings(bad, vocab.compositionSets);
  assert.equal(w.length, 1);
  assert.equal(w[0].raw_row, 2);
  assert.match(w[0].message, /sum to 90.1%/);
});

test('a partial composition (e.g. only 大专以上) is not checked', () => {
  assert.deepEqual(compositionWarnings([share('junior_college_plus', 56, 2)], vocab.compositionSets), []);
  assert.deepEqual(compositionWarnings([share('bachelor_plus', 40, 2), share('junior_college', 30, 3)], vocab.compositionSets), []);
});

test('a part larger than its total is reported', () => {
  const tech = makeObs({ cadre: 'health_technicians', value: 8000000, obs_id: 'a#2', raw_row: 2 });
  const phys = makeObs({ cadre: 'physicians_assistants', value: 9000000, obs_id: 'a#3', raw_row: 3 });
  applyPrecedence([tech, phys]);
  const w = partTotalWarnings([tech, phys]);
  assert.equal(w.length, 1);
  assert.equal(w[0].raw_row, 3);
  assert.match(w[0].message, /physicians_assistants .* exceeds health_technicians/);
  const fine = makeObs({ cadre: 'physicians_assistants', value: 3000000, obs_id: 'a#4', raw_row: 4 });
  applyPrecedence([tech, fine]);
  assert.deepEqual(partTotalWarnings([tech, fine]), []);
});

test('parts are only compared with totals of the same year, place and unit', () => {
  const tech = makeObs({ cadre: 'health_technicians', value: 8000000, year: 2014 });
  const phys = makeObs({ cadre: 'physicians_assistants', value: 9000000, obs_id: 'b#3' });
  applyPrecedence([tech, phys]);
  assert.deepEqual(partTotalWarnings([tech, phys]), []);
});
