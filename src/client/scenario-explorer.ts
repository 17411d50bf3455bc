/**
 * The live scenario explorer: keeps each slider and its number field in sync, validates, re-runs the pure model
 * on every change (no DuckDB: the published inputs travel in the page) and hands the scenarios to the chart as its
 * state (chart-section.ts draws it, keeps up to three scenarios in the URL — replaced while dragging, pushed on
 * commit — and restores them on back/forward), announces the result, and downloads the projection as CSV.
 */
import type { ChartState } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { SCENARIO_COLOURS } from '../lib/palette.ts';
import { baselineFromRows } from '../scenario/baseline.ts';
import { projectionCsv, scenarioName, type CsvSource } from '../scenario/csv.ts';
import { defaultInputs, INPUT_KEYS, type InputKey, type ScenarioInputs } from '../scenario/inputs.ts';
import { runScenario, type ScenarioResult } from '../scenario/run.ts';
import { announcement, extraText, neededText, rangeTargetText, reachedText } from '../scenario/text.ts';
import { cleanName, decodeScenario, encodeScenario, MAX_SCENARIOS, SCENARIO_CHART_ID, type NamedScenario } from '../scenario/url-codec.ts';
import { parseNumber, validateInputs, type FieldErrors } from '../scenario/validate.ts';
import { ChartSection, drawStatesAhead, STATE_EVENT, type HistoryMode } from './chart-section.ts';
import { idle } from './tasks.ts';

const root = document.querySelector<HTMLElement>('[data-scenario]');
if (root) init(root);

function init(root: HTMLElement): void {
  const lang = (root.dataset.lang ?? 'zh') as Lang;
  const chart = ChartSection.of(root.querySelector<HTMLElement>(`section[data-chart="${SCENARIO_CHART_ID}"]`)!);
  const sources = new Map(Object.entries(JSON.parse(root.querySelector('script[data-scn-sources]')!.textContent!) as Record<string, CsvSource>));
  const baseline = baselineFromRows(chart.payload.rows);
  const defaults = defaultInputs(baseline);
  const form = root.querySelector<HTMLFormElement>('[data-scn-form]')!;
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
  /** True while the explorer itself sets the chart's state. */
  let applying = false;

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
    if (head) head.textContent = t('scenario.colHorizon', lang);
  }

  /** The chart's state for the scenarios: a single scenario at the published defaults leaves the URL clean. */
  function chartState(list: NamedScenario[] = scenarios): ChartState {
    const clean = list.length === 1 && isDefault(list[0]!);
    const encoded = list.map((s) => (clean ? '' : encodeScenario(s)));
    return { s1: encoded[0] ?? '', s2: encoded[1] ?? '', s3: encoded[2] ?? '', active: active + 1 };
  }

  /**
   * The chart's states one step either side of a slider's value (as the browser steps it), for the active scenario:
   * what a reader stepping the slider with the keyboard asks next, drawn ahead (only valid inputs).
   */
  function statesNear(range: HTMLInputElement): ChartState[] {
    const key = range.dataset.key as InputKey;
    return (['stepUp', 'stepDown'] as const).flatMap((move) => {
      const probe = range.cloneNode() as HTMLInputElement;
      probe.value = range.value;
      probe[move]();
      if (probe.value === range.value) return [];
      const inputs = { ...scenarios[active]!.inputs, [key]: parseNumber(probe.value) };
      if (Object.keys(validateInputs(inputs, baseline.startYear)).length > 0) return [];
      return [chartState(scenarios.map((s, i) => (i === active ? { ...s, inputs } : s)))];
    });
  }
  // Only for the keyboard (the slider focused as by Tab, or stepped with the arrow keys), which moves one step at a time:
  // a press or a drag jumps many steps, so the neighbours drawn would go unused while delaying the next change.
  const reachForSlider = (ev: Event) => {
    const el = ev.target as HTMLInputElement;
    if (el.dataset?.role === 'range' && el.dataset.key && el.matches(':focus-visible')) drawStatesAhead(chart, statesNear(el));
  };
  form.addEventListener('focusin', reachForSlider);

  /** Re-runs the model for the table and the announcement, and hands the scenarios to the chart. */
  function redraw(history: HistoryMode): void {
    results = scenarios.map((s) => runScenario(s.inputs, baseline, defaults.inputs));
    applying = true;
    void chart.setState(chartState(), history);
    applying = false;
    renderTable();
    // Judged from the published history, then the active projection if the history does not reach it.
    const range = results[active]!.rangeTarget;
    const rangeText = root.querySelector<HTMLElement>('[data-scn-range-text]');
    if (range && rangeText) rangeText.textContent = rangeTargetText(range, lang);
    root.dataset.reached = String(results[active]!.reached ?? 'none');
    window.clearTimeout(announceTimer);
    // Announce once the reader pauses, not on every slider step.
    announceTimer = window.setTimeout(() => {
      live.textContent = announcement(scenarioName(scenarios[active]!, active, lang), results[active]!, scenarios[active]!.inputs, lang);
    }, 250);
  }

  /** Reads the draft; if valid it becomes the active scenario and is drawn, otherwise the last valid one stays. */
  function commitDraft(push: boolean): void {
    const candidate = Object.fromEntries(INPUT_KEYS.map((k) => [k, parseNumber(draft[k])])) as ScenarioInputs;
    const errors = validateInputs(candidate, baseline.startYear);
    showErrors(errors);
    if (Object.keys(errors).length > 0) return;
    scenarios[active] = { ...scenarios[active]!, inputs: candidate };
    redraw(push ? 'push' : 'replace');
  }

  form.addEventListener('submit', (ev) => ev.preventDefault());
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
    // A slider being stepped: its next steps, once this one is drawn.
    if (el.dataset.role === 'range') idle(() => reachForSlider(ev));
  });
  form.addEventListener('change', (ev) => {
    if ((ev.target as HTMLElement).dataset.key) commitDraft(true);
  });

  nameInput.addEventListener('input', () => {
    scenarios[active] = { ...scenarios[active]!, name: cleanName(nameInput.value) };
    renderTabs();
    redraw('replace');
  });

  tabs.addEventListener('click', (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLElement>('[data-scn-tab]');
    if (!b) return;
    active = Number(b.dataset.scnTab);
    renderTabs();
    fillFields();
    redraw('push');
    tabs.querySelector<HTMLElement>(`[data-scn-tab="${active}"]`)?.focus();
  });
  addBtn.addEventListener('click', () => {
    if (scenarios.length >= MAX_SCENARIOS) return;
    scenarios.push({ name: '', inputs: { ...scenarios[active]!.inputs } });
    active = scenarios.length - 1;
    renderTabs();
    fillFields();
    redraw('push');
    tabs.querySelector<HTMLElement>(`[data-scn-tab="${active}"]`)?.focus();
  });
  removeBtn.addEventListener('click', () => {
    if (scenarios.length <= 1) return;
    scenarios.splice(active, 1);
    active = Math.max(0, active - 1);
    renderTabs();
    fillFields();
    redraw('push');
    tabs.querySelector<HTMLElement>(`[data-scn-tab="${active}"]`)?.focus();
  });
  root.querySelector('[data-scn-reset]')!.addEventListener('click', () => {
    scenarios[active] = { name: scenarios[active]!.name, inputs: { ...defaults.inputs } };
    fillFields();
    redraw('push');
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

  /** Takes the scenarios from the chart's state (from the URL on load, and on back/forward). */
  function loadFromState(state: ChartState): void {
    const keys = (['s1', 's2', 's3'] as const).filter((k) => state[k]);
    const valid = keys.map((k) => decodeScenario(String(state[k])))
      .filter((x): x is NamedScenario => x !== null && Object.keys(validateInputs(x.inputs, baseline.startYear)).length === 0);
    // A scenario the link holds but that cannot be read or is out of range is left out, and the reader told so.
    if (valid.length < keys.length) chart.notice(t('scenario.linkNotUnderstood', lang, { n: keys.length - valid.length }));
    scenarios = valid.length > 0 ? valid : [{ name: '', inputs: { ...defaults.inputs } }];
    active = Math.min(Math.max(0, Number(state.active) - 1), scenarios.length - 1);
    renderTabs();
    fillFields();
    redraw('none');
  }
  // A state from elsewhere (back/forward) brings its scenarios into the fields; the explorer's own changes do not.
  chart.el.addEventListener(STATE_EVENT, () => {
    if (!applying) loadFromState(chart.state);
  });
  loadFromState(chart.stateFromUrl());
  root.dataset.ready = 'true';
}
