import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagRepeats } from '../../../../scripts/pipeline/repeats.ts';
import { makeObs } from '../../helpers/pipeline.ts';

const cumulative = (year: number, value: number, over = {}) => makeObs({
  obs_id: `t.csv#${year}`, theme: 'training', cadre: 'residents', measure: 'cumulative_enrolled', programme: 'residency_training',
  year, value, flags: ['cumulative'], is_preferred: true, precision: -4, ...over,
});

test('a cumulative total printed again a year later is flagged as a repeat, not a new value', () => {
  const rows = [cumulative(2022, 830000), cumulative(2023, 1070000), cumulative(2024, 1070000)];
  assert.equal(flagRepeats(rows), 1);
  assert.deepEqual(rows.map((o) => o.flags.includes('repeat')), [false, false, true]);
});

test('a growing total, or the same value in another series, is not a repeat', () => {
  const rows = [cumulative(2023, 1070000), cumulative(2024, 1080000), cumulative(2024, 1070000, { measure: 'cumulative_certified' })];
  assert.equal(flagRepeats(rows), 0);
});
