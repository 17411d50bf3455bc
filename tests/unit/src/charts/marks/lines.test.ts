/**
 * Over the built data, for every chart and every option of its controls: a drawn line never joins figures of two
 * definitions (staff group, definition code, unit, population basis, threshold), and never joins a figure printed
 * as approximate or as a bound. Lines are Plot line marks whose data carry a `run`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Row } from '../../../../../src/contract/rows.ts';
import { resolveControls } from '../../../../../src/charts/frame-inputs.ts';
import { createNodeRunner } from '../../../../../src/queries/node.ts';
import { CHARTS } from '../../../../helpers/charts.ts';

const runner = createNodeRunner();
const DEFINING = ['cadre', 'definition', 'unit', 'denominator', 'category', 'measure', 'area', 'geo_code', 'kind'];

/** The rows of every line mark in Plot options, by run. */
function lineRuns(options: { marks?: unknown[] }): Row[][] {
  const marks = (options.marks ?? []).flat(Infinity as 1) as { ariaLabel?: string; data?: Row[] }[];
  const runs = new Map<string, Row[]>();
  for (const m of marks.filter((x) => x.ariaLabel === 'line' && Array.isArray(x.data))) {
    for (const r of m.data!) {
      if (typeof r.run !== 'string') continue;
      runs.set(r.run, [...(runs.get(r.run) ?? []), r]);
    }
  }
  return [...runs.values()];
}

test('no line joins two definitions or a qualified figure, in any view a control offers', async () => {
  let lines = 0;
  for (const def of CHARTS) {
    const controls = await resolveControls(def, runner);
    const states = [def.defaults, ...controls.filter((c) => !c.def.dependsOn).flatMap(({ def: c, options }) =>
      options.slice(0, 15).map((o) => ({ ...def.defaults, [c.key]: typeof def.defaults[c.key] === 'number' ? Number(o.value) : o.value })))];
    for (const state of states) {
      const { name, params } = def.query(state);
      const rows = await runner.query(name, params);
      for (const lang of ['zh', 'en'] as const) {
        for (const run of lineRuns(def.plot(rows, state, { lang, width: 640, theme: 'light' }))) {
          if (run.length < 2) continue;
          lines += 1;
          for (const k of DEFINING) {
            const values = new Set(run.map((r) => String(r[k] ?? '')));
            assert.equal(values.size, 1, `${def.id} ${JSON.stringify(state)}: a line joins ${k} ${[...values].join(' / ')}`);
          }
          const qualified = run.filter((r) => r.qualifier !== null && r.qualifier !== undefined && r.qualifier !== '');
          assert.deepEqual(qualified.map((r) => `${r.year} ${r.value_published}`), [], `${def.id}: a line joins a qualified figure`);
        }
      }
    }
  }
  assert.ok(lines > 20, `only ${lines} lines checked`);
});
