import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakPositions } from '../../../../../src/charts/marks/breaks.ts';
import { missingYears } from '../../../../../src/charts/rows.ts';

test('a dashed break rule half a year after the last figure under an older definition', () => {
  assert.deepEqual(breakPositions([{ year: 1999, series_break: true, definition: 'doctors_pre2001' }, { year: 2003, series_break: false }]), [1999.5]);
  assert.deepEqual(breakPositions([{ year: 2003, series_break: false }]), []);
  // Two older definitions ending in the same year give one rule; one with no later figure gives none.
  assert.deepEqual(breakPositions([
    { year: 1999, series_break: true, definition: 'a' }, { year: 1999, series_break: true, definition: 'b' }, { year: 2011, series_break: false },
  ]), [1999.5]);
  assert.deepEqual(breakPositions([{ year: 2000, series_break: true, definition: 'a' }]), []);
});

test('missing years are the years in the span without a figure', () => {
  assert.deepEqual(missingYears([2015, 2017, 2020]), [2016, 2018, 2019]);
});
