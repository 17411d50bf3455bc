/**
 * Every chart, drawn for its default view from the built data in Node, in both languages and at both pre-rendered
 * widths, matches its stored SVG (tests/unit/src/charts/snapshots/<chart>.<lang>.<width>.svg): a change in drawing
 * or in the data it draws shows up as a diff to review. After a deliberate change: `npm run snapshots` rewrites them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serverDocument } from '../../../../src/charts/frame-inputs.ts';
import { renderPlotHtml } from '../../../../src/charts/frame-html.ts';
import { PRERENDER_WIDTHS } from '../../../../src/charts/prerender.ts';
import { CHARTS } from '../../../helpers/charts.ts';
import { LANGS } from '../../../../src/i18n/index.ts';
import { createNodeRunner } from '../../../../src/queries/node.ts';

const UPDATE = process.argv.includes('--update');
const dir = fileURLToPath(new URL('./snapshots/', import.meta.url));
const runner = createNodeRunner();

/** One element per line, and Plot's per-version class prefix made stable, so diffs are readable and meaningful. */
const normalise = (svg: string) => `${svg.replace(/plot-[0-9a-f]{6}/g, 'plot').replace(/></g, '>\n<')}\n`;

test('chart ids are unique', () => {
  assert.equal(new Set(CHARTS.map((c) => c.id)).size, CHARTS.length);
});

for (const def of CHARTS) {
  for (const lang of LANGS) for (const width of PRERENDER_WIDTHS) {
    test(`${def.id} (${lang}, ${width} px): the default view matches its stored SVG`, async () => {
      const { name, params } = def.query(def.defaults);
      const rows = await runner.query(name, params);
      const svg = normalise(renderPlotHtml(def, rows, def.defaults, { lang, width, theme: 'light' }, serverDocument()));
      const file = `${dir}${def.id}.${lang}.${width}.svg`;
      if (UPDATE || !existsSync(file)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, svg);
        if (!UPDATE) assert.fail(`${file} did not exist and was written: review and commit it`);
        return;
      }
      assert.equal(svg, readFileSync(file, 'utf8'), `${def.id} (${lang}) draws differently from ${file}; if intended, run \`npm run snapshots\``);
    });
  }
}
