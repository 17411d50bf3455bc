import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as Plot from '@observablehq/plot';
import { markPosition } from '../../../../src/share/mark-position.ts';
import { snapshot } from '../../helpers/share-fixture.ts';

const s = snapshot();

test('a year/value row is placed by the linear x and y scales', () => {
  const x = Plot.scale({ x: { type: 'linear', domain: [2015, 2020], range: [0, 500] } });
  const y = Plot.scale({ y: { type: 'linear', domain: [0, 5], range: [400, 0] } });
  const p = markPosition(s.rows[2]!, s.columns, 'en', { x, y })!;
  assert.equal(p.x, 500);
  assert.ok(Math.abs(p.y - (400 - 4.25 * 80)) < 1e-9);
});

test('a band scale of localised labels places the bar at the middle of its band', () => {
  const x = Plot.scale({ x: { type: 'linear', domain: [0, 5], range: [0, 100] } });
  const y = Plot.scale({ y: { type: 'band', domain: ['Cities', 'Countryside'], range: [0, 200], padding: 0 } });
  const p = markPosition(s.rows[1]!, s.columns, 'en', { x, y })!;
  assert.equal(p.y, 150);
  assert.equal(Math.round(p.x * 100) / 100, 31);
});

test('years on a UTC time axis', () => {
  const x = Plot.scale({ x: { type: 'utc', domain: [new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2020, 0, 1))], range: [0, 100] } });
  const y = Plot.scale({ y: { type: 'linear', domain: [0, 5], range: [100, 0] } });
  assert.equal(markPosition(s.rows[2]!, s.columns, 'en', { x, y })!.x, 100);
});

test('no scale matches (tile map grid): no position', () => {
  const x = Plot.scale({ x: { type: 'band', domain: [0, 1, 2], range: [0, 90] } });
  assert.equal(markPosition(s.rows[0]!, s.columns, 'en', { x, y: undefined }), null);
});
