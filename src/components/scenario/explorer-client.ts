/**
 * The live scenario explorer: keeps each slider and its number field in sync, validates, re-runs the pure model
 * and redraws with the chart's own plot() on every change (no DuckDB: the published inputs travel in the page),
 * keeps up to three scenarios in the URL (replaceState while dragging, pushState on commit, popstate restores),
 * announces the result, and downloads the projection as CSV.
 */
import type { ChartDefinition, Row } from '../../charts/types.ts';
import { renderPlotHtml } from '../chart-render.ts';
import type { Lang } from '../../lib/schema.ts';
import { formatNumber } from '../../lib/format.ts';
import { SCENARIO_COLOURS } from '../../charts/scenario-projection.ts';
import { baselineFromRows } from '../../lib/scenario/baseline.ts';
import { defaultInputs, INPUT_KEYS, type InputKey, type ScenarioInputs } from '../../lib/scenario/inputs.ts';
import { runScenario, type ScenarioResult } from '../../lib/scenario/run.ts';
import { parseNumber, validateInputs, type FieldErrors } from '../../lib/scenario/validate.ts';
import { cleanName, MAX_SCENARIOS, readScenarios, writeScenarios, type NamedScenario } from '../../lib/scenario/url-codec.ts';
import { projectionCsv, scenarioName, type CsvSource } from '../../lib/scenario/csv.ts';
import { announcement, extraText, neededText, rangeTargetText, reachedText, TEXT } from '../../lib/scenario/text.ts';
import { embedSnippet, embedUrl } from '../../lib/share/embed-snippet.ts';
import { scenarioProjection } from '../../charts/scenario-projection.ts';

const root = document.querySelector<HTMLElement>('[data-scenario]');
if (root) init(root);

function init(root: HTMLElement): void {
  const lang = (root.dataset.lang ?? 'zh') as Lang;
  const payload = JSON.parse(root.querySelector('script[data-scn-payload]')!.textContent!) as { rows: Row[]; sources: Record<string, CsvSource> };
  const baseline = baselineFromRows(payload.rows);
  const defaults = defaultInputs(baseline);
  const sources = new Map(Object.entries(payload.sources));
  const prefixed = !document.documentElement.dataset.embed;
  const form = root.querySelector<HTMLFormElement>('[data-scn-form]')!;
  const figure = root.querySelector<HTMLElement>('[data-scn-figure]')!;
  const live = root.querySelector<HTMLElement>('[data-scn-live]')!;
  const invalidNote = root.querySelector<HTMLElement>('[data-scn-invalid]')!;
  const nameInput = root.querySelector<HTMLInputElement>('[data-scn-name]')!;
  const tabs = root.querySelector<HTMLElement>('[data-scn-tabs]')!;
  const addBtn = root.querySelector<HTMLButtonElement>('[data-scn-add]')!;
  const removeBtn = root.querySelector<HTMLButtonElement>('[data-scn-remove]')!;
  const splitBox = root.querySelector<HTMLElement>('[data-scn-split]')!;
  const splitCheck = form.querySelector<HTMLInputElement>('input[data-role="checkbox"][data-key="split"]')!;
  const isDefault = (s: NamedScenario) => s.name === '' && INPUT_KEYS.every((k) => s.inputs[k] === defaults.inputs[k]);

  /** Valid scenarios (drawn); `draft` holds what the fields show for the active one, valid or not. */
  let scenarios: NamedScenario[] = [{ name: '', inputs: { ...defaults.inputs } }];
  let active = 0;
  let draft: Record<InputKey, string> = textOf(scenarios[0]!.inputs);
  let results: ScenarioResult[] = [];
  let announceTimer: number | undefined;

  function textOf(x: ScenarioInputs): Record<InputKey, string> {
    return Object.fromEntries(INPUT_KEYS.map((k) => [k, String(x[k])])) as Record<InputKey, string>;
  }

  function fields(key: InputKey) {
    return {
      range: form.querySelector<HTMLInputElement>(`input[data-role="range"][data-key="${key}"]`),
      number: form.querySelector<HTMLInputElement>(`input[data-role="number"][data-key="${key}"]`),
      error: form.querySelector<HTMLElement>(`[data-error="${key}"]`),
    };
  }

  function showErrors(errors: FieldErrors): void {
    for (const key of INPUT_KEYS) {
      const { number, error } = fields(key);
      const e = errors[key];
      if (number) number.setAttribute('aria-invalid', e ? 'true' : 'false');
      if (error) {
        error.textContent = e ? e[lang] : '';
        error.hidden = !e;
      }
    }
    invalidNote.hidden = Object.keys(errors).length === 0;
  }

  function fillFields(): void {
    const s = scenarios[active]!;
    draft = textOf(s.inputs);
    for (const key of INPUT_KEYS) {
      const { range, number } = fields(key);
      if (range) range.value = draft[key];
      if (number) number.value = draft[key];
    }
    splitCheck.checked = s.inputs.split === 1;
    splitBox.hidden = !splitCheck.checked;
    nameInput.value = s.name;
    nameInput.placeholder = scenarioName({ name: '', inputs: s.inputs }, active, lang);
    showErrors({});
  }

  function renderTabs(): void {
    tabs.replaceChildren(...scenarios.map((s, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'scn-tab';
      b.dataset.scnTab = String(i);
      b.setAttribute('aria-pressed', String(i === active));
      const sw = document.createElement('span');
      sw.className = 'scn-swatch';
      sw.style.setProperty('--c', SCENARIO_COLOURS[i]!);
      const label = document.createElement('span');
      label.textContent = scenarioName(s, i, lang);
      b.append(sw, label);
      return b;
    }));
    addBtn.hidden = scenarios.length >= MAX_SCENARIOS;
    removeBtn.hidden = scenarios.length <= 1;
  }

  function renderTable(): void {
    const body = root.querySelector<HTMLTableSectionElement>('[data-scn-table] tbody')!;
    body.replaceChildren(...scenarios.map((s, i) => {
      const r = results[i]!;
      const tr = document.createElement('tr');
      const cells: [string, boolean][] = [
        [reachedText(r, s.inputs, lang), false],
        [formatNumber(r.densityAtHorizon, lang) + ` (${s.inputs.horizon})`, true],
        [neededText(r, s.inputs, lang), true],
        [extraText(r, lang), true],
      ];
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = scenarioName(s, i, lang);
      tr.append(th, ...cells.map(([text, num]) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (num) td.className = 'num';
        return td;
      }));
      return tr;
    }));
    const head = root.querySelector<HTMLElement>('[data-scn-col-horizon]');
    if (head) head.textContent = TEXT.colHorizon[lang];
  }

  function redraw(): void {
    const t0 = performance.now();
    results = scenarios.map((s) => runScenario(s.inputs, baseline, defaults.inputs));
    // The chart's own definition draws it, from the same state an embed link carries, through the shared
    // renderer (which also makes the SVG one labelled image for screen readers).
    const encoded = writeScenarios(new URLSearchParams(), { scenarios, active }, false, () => false);
    const state = { ...scenarioProjection.defaults, ...Object.fromEntries(encoded), active: active + 1 };
    const width = Math.max(280, Math.round(figure.clientWidth || 640));
    const def = scenarioProjection as unknown as ChartDefinition;
    figure.innerHTML = renderPlotHtml(def, payload.rows, state, { lang, width, theme: 'light' }, document);
    renderTable();
    // Judged from the published history, then the active projection if the history does not reach it.
    const range = results[active]!.rangeTarget;
    const rangeText = root.querySelector<HTMLElement>('[data-scn-range-text]');
    if (range && rangeText) rangeText.textContent = rangeTargetText(range, lang);
    const ms = performance.now() - t0;
    figure.dataset.ms = ms.toFixed(2);
    root.dataset.reached = String(results[active]!.reached ?? 'none');
    window.clearTimeout(announceTimer);
    // Announce once the reader pauses, not on every slider step.
    announceTimer = window.setTimeout(() => {
      live.textContent = announcement(scenarioName(scenarios[active]!, active, lang), results[active]!, scenarios[active]!.inputs, lang);
    }, 250);
    root.dispatchEvent(new CustomEvent('scenario:rendered', { bubbles: true, detail: { ms } }));
  }

  /** The embed code carries the same scenarios, without the chart-id prefix. */
  function updateEmbed(): void {
    const p = writeScenarios(new URLSearchParams(), { scenarios, active }, false, isDefault);
    const state = { ...scenarioProjection.defaults, ...Object.fromEntries(p) };
    const o = { origin: location.origin, chartId: scenarioProjection.id, lang, state, defaults: scenarioProjection.defaults, theme: 'auto' as const };
    root.querySelector<HTMLTextAreaElement>('[data-scn-embed-code]')!.value = embedSnippet({ ...o, title: scenarioProjection.title[lang] });
    root.querySelector<HTMLAnchorElement>('[data-scn-embed-link]')!.href = embedUrl(o);
  }

  function syncUrl(push: boolean): void {
    updateEmbed();
    const params = writeScenarios(new URLSearchParams(location.search), { scenarios, active }, prefixed, isDefault);
    const qs = params.toString();
    const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Reads the draft; if valid it becomes the active scenario and is drawn, otherwise the last valid one stays. */
  function commitDraft(push: boolean): void {
    const candidate = Object.fromEntries(INPUT_KEYS.map((k) => [k, parseNumber(draft[k])])) as ScenarioInputs;
    const errors = validateInputs(candidate, baseline.startYear);
    showErrors(errors);
    if (Object.keys(errors).length > 0) return;
    scenarios[active] = { ...scenarios[active]!, inputs: candidate };
    redraw();
    syncUrl(push);
  }

  form.addEventListener('input', (ev) => {
    const el = ev.target as HTMLInputElement;
    const key = el.dataset.key as InputKey | undefined;
    if (!key) return;
    if (el.dataset.role === 'checkbox') {
      draft[key] = el.checked ? '1' : '0';
      splitBox.hidden = !el.checked;
    } else {
      draft[key] = el.value;
      const { range, number } = fields(key);
      // Keep the pair in sync; a number outside the slider's range leaves the slider at its end.
      if (el.dataset.role === 'range' && number) number.value = el.value;
      if (el.dataset.role === 'number' && range && Number.isFinite(parseNumber(el.value))) range.value = String(parseNumber(el.value));
    }
    commitDraft(false);
  });
  form.addEventListener('change', (ev) => {
    if ((ev.target as HTMLElement).dataset.key) commitDraft(true);
  });

  nameInput.addEventListener('input', () => {
    scenarios[active] = { ...scenarios[active]!, name: cleanName(nameInput.value) };
    renderTabs();
    redraw();
    syncUrl(false);
  });
  nameInput.addEventListener('change', () => syncUrl(true));

  tabs.addEventListener('click', (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLElement>('[data-scn-tab]');
    if (!b) return;
    active = Number(b.dataset.scnTab);
    renderTabs();
    fillFields();
    redraw();
    syncUrl(true);
    tabs.querySelector<HTMLElement>(`[data-scn-tab="${active}"]`)?.focus();
  });
  addBtn.addEventListener('click', () => {
    if (scenarios.length >= MAX_SCENARIOS) return;
    scenarios.push({ name: '', inputs: { ...scenarios[active]!.inputs } });
    active = scenarios.length - 1;
    renderTabs();
    fillFields();
    redraw();
    syncUrl(true);
    tabs.querySelector<HTMLElement>(`[data-scn-tab="${active}"]`)?.focus();
  });
  removeBtn.addEventListener('click', () => {
    if (scenarios.length <= 1) return;
    scenarios.splice(active, 1);
    active = Math.max(0, active - 1);
    renderTabs();
    fillFields();
    redraw();
    syncUrl(true);
    tabs.querySelector<HTMLElement>(`[data-scn-tab="${active}"]`)?.focus();
  });
  root.querySelector('[data-scn-reset]')!.addEventListener('click', () => {
    scenarios[active] = { name: scenarios[active]!.name, inputs: { ...defaults.inputs } };
    fillFields();
    redraw();
    syncUrl(true);
  });
  root.querySelector('[data-scn-download]')!.addEventListener('click', () => {
    const csv = projectionCsv(scenarios, results, baseline, defaults, sources, lang, location.href);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `gp-scenario-projection-${lang}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  function loadFromUrl(): void {
    const fromUrl = readScenarios(new URLSearchParams(location.search), prefixed);
    const valid = fromUrl.scenarios.filter((s) => Object.keys(validateInputs(s.inputs, baseline.startYear)).length === 0);
    scenarios = valid.length > 0 ? valid : [{ name: '', inputs: { ...defaults.inputs } }];
    active = Math.min(fromUrl.active, scenarios.length - 1);
    renderTabs();
    fillFields();
    redraw();
    updateEmbed();
  }
  window.addEventListener('popstate', loadFromUrl);
  let resizeTimer: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(redraw, 150);
  });
  loadFromUrl();
  root.dataset.ready = 'true';
}
