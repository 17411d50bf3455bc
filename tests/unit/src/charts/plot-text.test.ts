/**
 * Labels are placed by x/y attributes, not one transform each, and at the very point Plot put them: every chart's
 * default drawing is compared with what Plot itself drew. A rotated label and a label split into lines keep Plot's
 * transform (their lines or their rotation are measured from it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Plot from '@observablehq/plot';
import { serverDocument } from '../../../../src/charts/frame-inputs.ts';
import { renderPlotNode } from '../../../../src/charts/frame-html.ts';
import { PLOT_CLASS } from '../../../../src/charts/plot-style.ts';
import { placeTexts } from '../../../../src/charts/plot-text.ts';
import { PRERENDER_WIDTHS } from '../../../../src/charts/prerender.ts';
import { CHARTS } from '../../../helpers/charts.ts';
import { createNodeRunner } from '../../../../src/queries/node.ts';

const runner = createNodeRunner();

/** Where a label's baseline starts, in its group's coordinates, whichever way it is written ("0.32em" kept as text). */
function anchor(text: Element): string {
  const at = /^translate\(([^,]+),([^)]+)\)$/.exec(text.getAttribute('transform') ?? '');
  const x = Number(at ? at[1] : text.getAttribute('x') ?? 0);
  const y = Number(at ? at[2] : text.getAttribute('y') ?? 0);
  const shift = at ? text.getAttribute('y') : text.getAttribute('dy');
  return `${x},${y}${shift && shift !== '0' ? `+${shift}` : ''} ${text.textContent}`;
}

test('every chart drawing: labels carry x/y, not a transform each, at the point Plot drew them', async () => {
  let placed = 0;
  for (const def of CHARTS) {
    const { name, params } = def.query(def.defaults);
    const rows = await runner.query(name, params);
    for (const lang of ['zh', 'en'] as const) {
      for (const width of PRERENDER_WIDTHS) {
        const ctx = { lang, width, theme: 'light' as const };
        const drawn = renderPlotNode(def, rows, def.defaults, ctx, serverDocument());
        const plotted = Plot.plot({ width, ...def.plot(rows, def.defaults, ctx), className: PLOT_CLASS, document: serverDocument() }) as Element;
        const ours = [...drawn.querySelectorAll('text')];
        const plots = [...plotted.querySelectorAll('text')];
        assert.equal(ours.length, plots.length, `${def.id} ${lang} ${width}: as many labels as Plot drew`);
        assert.deepEqual(ours.map(anchor), plots.map(anchor), `${def.id} ${lang} ${width}: labels where Plot put them`);
        const translated = ours.filter((t) => /^translate\([^)]*\)$/.test(t.getAttribute('transform') ?? '') && t.children.length === 0);
        assert.deepEqual(translated.map((t) => t.textContent), [], `${def.id} ${lang} ${width}: a single-line label kept its transform`);
        placed += ours.filter((t) => t.hasAttribute('x')).length;
      }
    }
  }
  assert.ok(placed > 1000, `labels placed by attributes: ${placed}`);
});

test('a rotated label and a label in lines keep their transform; a plain one moves into x, y and dy', () => {
  const node = Plot.plot({
    width: 300, height: 200, document: serverDocument(),
    marks: [
      Plot.text([{ x: 1, y: 1 }], { x: 'x', y: 'y', text: () => 'plain' }),
      Plot.text([{ x: 2, y: 2 }], { x: 'x', y: 'y', text: () => 'turned', rotate: -90 }),
      Plot.text([{ x: 3, y: 3 }], { x: 'x', y: 'y', text: () => 'two\nlines' }),
    ],
  }) as Element;
  const before = new Map([...node.querySelectorAll('text')].map((t) => [t.textContent, t.getAttribute('transform')]));
  placeTexts(node);
  const byText = new Map([...node.querySelectorAll('text')].map((t) => [t.textContent, t]));
  const plain = byText.get('plain')!;
  const [, x, y] = /^translate\(([^,]+),([^)]+)\)$/.exec(before.get('plain')!)!;
  assert.equal(plain.getAttribute('transform'), null);
  assert.equal(plain.getAttribute('x'), x);
  assert.equal(plain.getAttribute('y'), y);
  assert.equal(plain.getAttribute('dy'), '0.32em');
  assert.equal(byText.get('turned')!.getAttribute('transform'), before.get('turned'));
  assert.match(byText.get('turned')!.getAttribute('transform')!, /rotate\(-90\)/);
  assert.equal(byText.get('twolines')!.getAttribute('transform'), before.get('twolines'));
  assert.equal(byText.get('twolines')!.getAttribute('x'), null);
});
