/** A Plot drawing as one labelled image: legend swatches hidden, per-mark labels removed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Plot from '@observablehq/plot';
import { asImage } from '../../../../src/charts/plot-aria.ts';
import { serverDocument } from '../../../../src/charts/frame-inputs.ts';

test('a plot with a legend: the plot SVG is the image, the swatches are hidden, no mark keeps an aria-label', () => {
  const node = Plot.plot({
    document: serverDocument(), color: { legend: true },
    marks: [Plot.line([{ x: 1, y: 2, s: 'a' }, { x: 2, y: 3, s: 'a' }, { x: 1, y: 1, s: 'b' }, { x: 2, y: 2, s: 'b' }], { x: 'x', y: 'y', stroke: 's' })],
  }) as unknown as Element;
  asImage(node, 'Nurses per 1,000 over years');
  const svgs = [...node.querySelectorAll('svg')];
  const plot = svgs[svgs.length - 1]!;
  assert.equal(plot.getAttribute('role'), 'img');
  assert.equal(plot.getAttribute('aria-label'), 'Nurses per 1,000 over years');
  assert.equal(plot.querySelectorAll('[aria-label]').length, 0);
  assert.ok(svgs.slice(0, -1).every((s) => s.getAttribute('aria-hidden') === 'true'));
});
