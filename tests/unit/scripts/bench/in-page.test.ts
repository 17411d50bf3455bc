/**
 * The benchmark's control driver, on a page of its own: a chart with a menu whose options follow another control (as
 * a year menu follows the indicator), redrawn on every change as the site's charts are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from '../../../../scripts/bench/browser-run.ts';
import { driveControls, observeLoad, type ChangeRun } from '../../../../scripts/bench/in-page.ts';

/** The fixtures' redraw, told as the site's charts tell it (src/client/chart-draw.ts), a moment after the change. */
const REDRAWN = `<script>
  const redrawn = (section) => setTimeout(() => section.dispatchEvent(new CustomEvent('chart:rendered', { bubbles: true,
    detail: { reason: 'state', ms: 2, queryMs: 0, drawMs: 1 } })), 5);
</script>`;

/** The driver run on a page of `html` in a fresh session, and the changes the page recorded (`window.asked`). */
async function drive(html: string, min: number, max: number): Promise<{ run: ChangeRun; asked: string[] }> {
  const s = await Session.open({ profile: 'none', cpu: 1, width: 800, height: 600 });
  try {
    await s.page.setContent(REDRAWN + html);
    await s.page.evaluate(observeLoad); // (run on each new document by the session; this content was written in)
    const run = await s.page.evaluate(driveControls, { min, max, dwell: 0, look: 0, rangeSteps: 12 });
    return { run, asked: await s.page.evaluate(() => (window as unknown as { asked?: string[] }).asked ?? []) };
  } finally {
    await s.close();
  }
}

const PAGE = `<section data-chart="c" id="c"><form data-chart-controls>
  <select data-key="series"><option>a</option><option>b</option><option>c</option></select>
  <label><input type="radio" name="v" data-key="view" value="bars" checked>bars</label>
  <label><input type="radio" name="v" data-key="view" value="lines">lines</label>
  <select data-key="year"></select>
</form><div data-chart-figure></div></section>
<script>
  // Series a has five years, b two, c three: the year menu offers only those of the series chosen.
  const years = { a: ['2018', '2019', '2020', '2021', '2022'], b: ['2021', '2022'], c: ['2020', '2021', '2022'] };
  const section = document.querySelector('section'), form = section.querySelector('form');
  const series = form.querySelector('[data-key=series]'), year = form.querySelector('[data-key=year]');
  window.asked = [];
  const offer = () => {
    const keep = year.value;
    year.replaceChildren(...years[series.value].map((y) => new Option(y, y)));
    if (years[series.value].includes(keep)) year.value = keep;
  };
  offer();
  form.addEventListener('change', (e) => {
    window.asked.push(e.target.dataset.key + '=' + e.target.value);
    if (e.target === series) offer();
    redrawn(section);
  });
</script>`;

test('the driver changes every control to values its menu offers then, each change redrawn, however the menus change', async () => {
  const { run, asked } = await drive(PAGE, 40, 60);
  assert.deepEqual(run.skipped, [], 'every change was redrawn');
  assert.equal(run.controls, 3);
  assert.ok(run.samples.length >= 40, `${run.samples.length} changes`);
  // Only values the page offers are asked for: no empty menu value (a value the menu did not have).
  assert.ok(asked.length >= 40);
  for (const a of asked) assert.match(a, /^(series=[abc]|view=(bars|lines)|year=20(18|19|20|21|22))$/);
  // Every value was shown at least once, the years of the five-year series included.
  const shown = new Set(run.samples.map((x) => `${x.control}=${x.value}`));
  for (const v of ['series=a', 'series=b', 'series=c', 'view=bars', 'view=lines', 'year=2018', 'year=2019', 'year=2022']) assert.ok(shown.has(v), v);
});

const SCENARIO = `<div data-scenario><form data-scn-form>
  <input type="range" data-role="range" data-key="targetYear" min="2024" max="2050" step="1" value="2030">
  <input type="text" data-role="number" data-key="targetYear" aria-invalid="false">
  <input type="range" data-role="range" data-key="horizon" min="2030" max="2050" step="5" value="2040">
</form><section data-chart="scenario" id="scenario"><div data-chart-figure></div></section></div>
<script>
  // As the scenario explorer does: a target year after the horizon is refused with an error, and nothing redrawn.
  const form = document.querySelector('form'), section = document.querySelector('section');
  const [target, number, horizon] = form.querySelectorAll('input');
  form.addEventListener('input', () => {
    const bad = Number(target.value) > Number(horizon.value);
    number.setAttribute('aria-invalid', String(bad));
    if (!bad) redrawn(section);
  });
</script>`;

test('a value the page refuses with an error is counted as refused, not waited for as a change never redrawn', async () => {
  const { run } = await drive(SCENARIO, 20, 30);
  assert.deepEqual(run.skipped, []);
  // Refused: a target year past the horizon, or a horizon moved before the target year.
  assert.ok(run.refused.every((r) => /^scenario (targetYear|horizon) → \d{4}$/.test(r)), run.refused.join('; '));
  assert.ok(run.refused.includes('scenario targetYear → 2050'), run.refused.join('; '));
  assert.ok(run.samples.length >= 20);
});
