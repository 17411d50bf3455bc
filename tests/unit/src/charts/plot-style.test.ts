/**
 * Chart drawings carry no <style> of their own, and the site's stylesheet has every rule Plot would have put in them:
 * each chart's default view is drawn by Plot as it is (with its style elements) and each of those rules must appear,
 * as written, in styles/site.css. A Plot upgrade that changes its defaults fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { serverDocument } from '../../../../src/charts/frame-inputs.ts';
import { renderPlotNode } from '../../../../src/charts/frame-html.ts';
import { PLOT_CLASS } from '../../../../src/charts/plot-style.ts';
import { PRERENDER_WIDTHS } from '../../../../src/charts/prerender.ts';
import { CHARTS } from '../../../helpers/charts.ts';
import { createNodeRunner } from '../../../../src/queries/node.ts';

const runner = createNodeRunner();
const css = readFileSync(new URL('../../../../src/styles/site.css', import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('every chart drawing: no <style> element, Plot’s class on the drawing, and Plot’s rules in the site stylesheet', async () => {
  const rules = new Set<string>();
  for (const def of CHARTS) {
    const { name, params } = def.query(def.defaults);
    const rows = await runner.query(name, params);
    for (const width of PRERENDER_WIDTHS) {
      const ctx = { lang: 'zh' as const, width, theme: 'light' as const };
      const node = renderPlotNode(def, rows, def.defaults, ctx, serverDocument());
      assert.equal(node.querySelectorAll('style').length + (node.tagName.toLowerCase() === 'style' ? 1 : 0), 0, `${def.id}: a <style> in the drawing`);
      const plotSvg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector(`svg.${PLOT_CLASS}`);
      assert.ok(plotSvg, `${def.id}: the plot SVG has class ${PLOT_CLASS}`);
      // What Plot itself would have written.
      const raw = Plot.plot({ width, ...def.plot(rows, def.defaults, ctx), className: PLOT_CLASS, document: serverDocument() }) as Element;
      for (const style of raw.querySelectorAll('style')) {
        for (const rule of (style.textContent ?? '').split('}').map(squash).filter(Boolean)) rules.add(`${rule} }`);
      }
    }
  }
  assert.ok(rules.size >= 4, 'Plot’s rules were collected');
  for (const rule of rules) assert.ok(squash(css).includes(rule), `styles/site.css lacks Plot’s rule: ${rule}`);
});
