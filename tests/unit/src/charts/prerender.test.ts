/** A figure shows the pre-rendered drawing for its width when one is close enough, and is redrawn only otherwise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prerenderedFor } from '../../../../src/charts/prerender.ts';

test('phones and the full desktop column use a pre-rendered drawing; widths far from both are redrawn', () => {
  assert.equal(prerenderedFor(343), 360, '375 px phone');
  assert.equal(prerenderedFor(380), 360, '412 px phone');
  assert.equal(prerenderedFor(928), 928, 'desktop column');
  assert.equal(prerenderedFor(800), 928);
  assert.equal(prerenderedFor(600), null, 'a 600 px embed is redrawn');
  assert.equal(prerenderedFor(1200), null, 'a 1,200 px embed is redrawn');
});
