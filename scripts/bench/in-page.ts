/**
 * Code the benchmark runs inside the measured page (each function self-contained: Playwright sends its source).
 * "Painted" means the frame after the change was presented: a requestAnimationFrame callback, then a message task,
 * which runs once that frame's style, layout and paint are done.
 */

export interface PageMarks {
  lcp: number | null;
  firstChart: number | null;
  firstChartEpoch: number | null;
  longTasks: [number, number][];
}

/** Init script: largest contentful paint, long tasks, and the first frame painted with a chart drawing on screen. */
export function observeLoad(): void {
  const marks: PageMarks = { lcp: null, firstChart: null, firstChartEpoch: null, longTasks: [] };
  (window as unknown as { __bench: PageMarks }).__bench = marks;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) marks.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) marks.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const painted = (fn: (t: number) => void) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => fn(performance.now());
    c.port2.postMessage(0);
  });
  const check = () => {
    const svg = [...document.querySelectorAll('section[data-chart] [data-chart-figure] svg')].find((s) => {
      const r = s.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    if (svg) painted((t) => { marks.firstChart = t; marks.firstChartEpoch = performance.timeOrigin + t; });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export interface ChangeSample {
  chart: string;
  control: string;
  value: string;
  /** The chart's state had not been drawn before on this page (revisits reuse the answers already fetched). */
  first: boolean;
  /** The first control change on the page (drawing code and answers not loaded yet). */
  pageFirst: boolean;
  /** The change put a drawing made ahead on screen (the reader had reached for the control before). */
  ahead: boolean;
  /** Input to the painted frame that shows the new drawing (with its subtitle, notes and source line). */
  shown: number;
  /**
   * Input to the frame painted after the whole update, and its parts: before the chart's redraw began (event
   * handling, history, loading the drawing code), answer lookup or SQL, the chart's marks + Plot + putting the drawing,
   * notes and source line in the page, the frame that shows them (style, layout, paint), the data table, the page's
   * listeners of the redraw (e.g. the share toolbar's description), then the frame presented after all that.
   */
  total: number; wait: number; lookup: number; plot: number; frame: number; table: number; listeners: number; paint: number;
}

/**
 * `refused`: changes the page refused with an error shown beside the field (a scenario's target year after its
 * horizon), so nothing was redrawn; `skipped`: the other changes not redrawn within 15 s (chart, control → value).
 */
export interface ChangeRun { samples: ChangeSample[]; refused: string[]; skipped: string[]; controls: number; values: number; longTasks: [number, number][] }

/**
 * Changes every control of every chart on the page, round-robin over the controls and through all of each control's
 * values (a menu's or radio group's in a shuffled order that is the same on every run: a reader picking with the
 * pointer does not step through a menu in order, and stepping in order would always ask for a view the page drew
 * ahead; a slider's in order, as when dragged), until at least `min` changes were made and every value was shown once
 * (capped at `max`). As a person would, the element to press (the menu or slider, or the radio button being chosen)
 * is first scrolled into view and the pointer comes onto it (the first time a chart is reached, `look` ms pass while
 * the reader looks at the chart), then it gets a pointerdown and, but for a slider (whose value changes as it is
 * pressed), `dwell` ms pass, as when a person presses it; the time runs from the input (value set, events fired) to
 * the frame painted after the chart's `chart:rendered` event.
 */
export async function driveControls(opts: { min: number; max: number; dwell: number; look: number; rangeSteps: number }): Promise<ChangeRun> {
  type Control = { section: HTMLElement; key: string; values: () => string[]; set: (v: string) => void; current: () => string; target: (value?: string) => HTMLElement; next: number; order?: number[]; orderOf?: string;
    /** Whether the page refused the value just set (an error shown, the last valid view kept). */
    refused?: () => boolean;
    /** Values the control has offered, and those picked (or on screen when their turn came). */
    offered?: Set<string>; picked?: Set<string> };
  let seed = 20261130;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const shuffled = (n: number): number[] => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
  const used = (section: HTMLElement) => performance.getEntriesByName(`chart-ahead-used:${section.id}`).length;
  const start = performance.now();
  const controls: Control[] = [];
  const rangeValues = (el: HTMLInputElement): string[] => {
    const min = Number(el.min || 0), max = Number(el.max || 100), step = Number(el.step || 1);
    const n = Math.min(opts.rangeSteps, Math.floor((max - min) / step) + 1);
    const vals = Array.from({ length: n }, (_, i) => min + Math.round(((max - min) / step) * (i / Math.max(1, n - 1))) * step);
    return [...new Set(vals.map((v) => String(Number(v.toFixed(6)))))];
  };
  const fire = (el: HTMLElement, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
  for (const section of document.querySelectorAll<HTMLElement>('section[data-chart]')) {
    const radios = new Map<string, HTMLInputElement[]>();
    for (const el of section.querySelectorAll<HTMLElement>('[data-chart-controls] [data-key]')) {
      const key = el.dataset.key!;
      if (el instanceof HTMLSelectElement) {
        controls.push({ section, key, next: 0, target: () => el, values: () => [...el.options].map((o) => o.value), current: () => el.value,
          set: (v) => { el.value = v; fire(el, 'input'); fire(el, 'change'); } });
      } else if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (!radios.has(key)) radios.set(key, []);
        radios.get(key)!.push(el);
      } else if (el instanceof HTMLInputElement && el.type === 'range') {
        controls.push({ section, key, next: 0, target: () => el, values: () => rangeValues(el), current: () => el.value,
          set: (v) => { el.value = v; fire(el, 'input'); fire(el, 'change'); } });
      }
    }
    for (const [key, els] of radios) {
      controls.push({ section, key, next: 0, target: (v) => els.find((e) => e.value === v) ?? els.find((e) => e.checked) ?? els[0]!, values: () => els.map((e) => e.value),
        current: () => els.find((e) => e.checked)?.value ?? '', set: (v) => els.find((e) => e.value === v)!.click() });
    }
  }
  // The scenario explorer's sliders drive its chart; a slider redraws on input (its change event only records history).
  // Only the sliders a reader can reach: those of the urban/rural split stay hidden until the split is asked for.
  const scenarioChart = document.querySelector<HTMLElement>('[data-scenario] section[data-chart]');
  if (scenarioChart) {
    for (const el of document.querySelectorAll<HTMLInputElement>('[data-scn-form] input[data-role="range"]')) {
      if (!el.checkVisibility()) continue;
      controls.push({ section: scenarioChart, key: el.dataset.key!, next: 0, target: () => el, values: () => rangeValues(el), current: () => el.value,
        set: (v) => { el.value = v; fire(el, 'input'); }, refused: () => el.form?.querySelector('[aria-invalid="true"]') != null });
    }
  }
  const samples: ChangeSample[] = [];
  if (controls.length === 0) return { samples, refused: [], skipped: [], controls: 0, values: 0, longTasks: [] };
  const totalValues = controls.reduce((a, c) => a + c.values().length, 0);
  const seen = new Set(controls.map((c) => `${c.section.dataset.chart}|${c.section.dataset.state ?? 'default'}`));
  const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  }));
  const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
  // Each step is told to the benchmark as it happens (browser-run.ts), so a page that stalls is reported with it.
  // `stuck`: the page is not keeping up (a change not redrawn within its time), which has the benchmark trace it then.
  const step = (text: string, stuck = false) => (window as unknown as { __benchStep?: (s: string, stuck: boolean) => void }).__benchStep?.(text, stuck);
  const refused: string[] = [];
  const skipped: string[] = [];
  const reached = new Set<HTMLElement>();
  for (let i = 0; samples.length < opts.max; i++) {
    const c = controls[i % controls.length]!;
    const all = c.values();
    for (const v of all) (c.offered ??= new Set()).add(v);
    const done = (x: Control) => [...x.values(), ...(x.offered ?? [])].every((v) => x.picked?.has(v));
    if (samples.length >= opts.min && controls.every(done)) break;
    if (i > opts.max * 4) break;
    // A slider is dragged through neighbouring values; menus and radio buttons are picked in any order. A menu whose
    // options follow another control (a year menu on the indicator) is given a new order when its options change.
    if (c.orderOf !== all.join('|')) {
      c.order = (c.target() as HTMLInputElement).type === 'range' ? all.map((_, k) => k) : shuffled(all.length);
      c.orderOf = all.join('|');
    }
    // Values not picked yet come first, in the control's order; then the order again, round and round.
    const value = c.order!.map((k) => all[k]!).find((v) => !c.picked?.has(v)) ?? all[c.order![c.next % all.length]!]!;
    c.next++;
    (c.picked ??= new Set()).add(value);
    if (value === c.current()) continue;
    // The element pressed: the menu or slider, or the radio button being chosen.
    const pressed = c.target(value);
    const what = `change ${samples.length + 1}: ${c.section.dataset.chart} ${c.key} → ${value}`;
    step(`${what}, pressing`);
    pressed.scrollIntoView({ block: 'nearest' });
    // The pointer comes onto the control (as a real pointer: pointerover, then moves).
    pressed.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    if (!reached.has(c.section)) {
      reached.add(c.section);
      // The reader looks at the chart before pressing.
      pressed.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
      await sleep(opts.look);
    }
    pressed.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    // A slider's value changes as it is pressed; a menu or radio button is picked a moment after.
    if (!(pressed instanceof HTMLInputElement && pressed.type === 'range')) await sleep(opts.dwell);
    // Seen first by a capture listener on window (before the page's own chart:rendered listeners) and last by a
    // bubbling one (after them): the difference is the page's work in reaction to the redraw (e.g. the description).
    type Rendered = { at: number; after: number; d: { ms: number; queryMs: number; drawMs: number; paintMs?: number; paintedAt?: number } };
    let cancel = () => {};
    const rendered = new Promise<Rendered | null>((resolve) => {
      let at = 0;
      const mine = (e: Event) => e.target === c.section && (e as CustomEvent<{ reason: string }>).detail.reason === 'state';
      const first = (e: Event) => { if (mine(e)) at = performance.now(); };
      const last = (e: Event) => {
        if (!mine(e)) return;
        done();
        resolve({ at, after: performance.now(), d: (e as CustomEvent<Rendered['d']>).detail });
      };
      const done = () => {
        clearTimeout(timer);
        window.removeEventListener('chart:rendered', first, true);
        window.removeEventListener('chart:rendered', last);
      };
      const timer = setTimeout(() => { done(); resolve(null); }, 15000);
      cancel = () => { done(); resolve(null); };
      window.addEventListener('chart:rendered', first, true);
      window.addEventListener('chart:rendered', last);
    });
    const usedBefore = used(c.section);
    step(`${what}, waiting for the redraw`);
    const t0 = performance.now();
    c.set(value);
    // The page checks a field as it changes: a value it refused is said at once, and nothing is redrawn.
    if (c.refused?.()) {
      cancel();
      refused.push(`${c.section.dataset.chart} ${c.key} → ${value}`);
      continue;
    }
    const r = await rendered;
    if (!r) {
      skipped.push(`${c.section.dataset.chart} ${c.key} → ${value}`);
      step(`${what}, not redrawn within 15 s`, true);
      continue;
    }
    step(`${what}, waiting for the frame`);
    const tPaint = await painted();
    const stateKey = `${c.section.dataset.chart}|${c.section.dataset.state}`;
    const first = !seen.has(stateKey);
    seen.add(stateKey);
    samples.push({
      chart: c.section.dataset.chart!, control: c.key, value, first, pageFirst: samples.length === 0, ahead: used(c.section) > usedBefore,
      // (A page whose chart:rendered has no paintedAt puts the drawing and the table in one task: shown is then total.)
      shown: r.d.paintedAt === undefined ? tPaint - t0 : r.d.paintedAt - t0,
      total: tPaint - t0, wait: Math.max(0, r.at - t0 - r.d.ms), lookup: r.d.queryMs, plot: r.d.drawMs, frame: r.d.paintMs ?? 0,
      table: r.d.ms - r.d.queryMs - r.d.drawMs - (r.d.paintMs ?? 0), listeners: r.after - r.at, paint: tPaint - r.after,
    });
  }
  const longTasks = (window as unknown as { __bench: PageMarks }).__bench.longTasks.filter(([t]) => t >= start);
  return { samples, refused, skipped, controls: controls.length, values: totalValues, longTasks };
}
