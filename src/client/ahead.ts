/**
 * Drawings made ahead of a change: when the reader reaches for a control (presses it, focuses it, or has just changed
 * it), the chart's likely next state is drawn in a task of its own, off screen, so that the change itself only puts
 * the drawing on screen. A drawing is kept for its state, width, theme and language, used once, and only a few are
 * kept per chart.
 */
import type { ChartState } from '../contract/rows.ts';
import type { RenderContext } from '../charts/definition.ts';

const KEPT = 4;
const drawings = new WeakMap<HTMLElement, Map<string, Promise<Element | null>>>();

const keyOf = (state: ChartState, ctx: RenderContext): string => JSON.stringify([state, ctx.width, ctx.theme, ctx.lang]);

/** Whether a drawing of this view is made or being made. */
export function hasAhead(el: HTMLElement, state: ChartState, ctx: RenderContext): boolean {
  return drawings.get(el)?.has(keyOf(state, ctx)) ?? false;
}

/** Keeps a drawing being made (the oldest kept one goes when there are too many). */
export function keepAhead(el: HTMLElement, state: ChartState, ctx: RenderContext, drawing: Promise<Element | null>): void {
  let kept = drawings.get(el);
  if (!kept) drawings.set(el, (kept = new Map()));
  kept.set(keyOf(state, ctx), drawing);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
}

/** The drawing of this view made ahead, taken (a node is put on screen once), or null. */
export function takeAhead(el: HTMLElement, state: ChartState, ctx: RenderContext): Promise<Element | null> | null {
  const kept = drawings.get(el);
  const key = keyOf(state, ctx);
  const drawing = kept?.get(key) ?? null;
  kept?.delete(key);
  return drawing;
}

/**
 * The states a reader reaching for a control is likely to ask next: the value of a radio button not yet chosen, or
 * the values after and before the current one (a select's options, a radio group's buttons).
 */
export function nextStates(control: HTMLElement, state: ChartState, defaults: ChartState): ChartState[] {
  const key = control.dataset.key;
  if (!key || !(key in state)) return [];
  const current = String(state[key]);
  let values: string[];
  if (control.tagName === 'SELECT') values = [...control.querySelectorAll('option')].map((o) => o.value);
  else if (control.tagName === 'INPUT' && control.getAttribute('type') === 'radio') {
    const radio = control as HTMLInputElement;
    values = radio.matches(':checked')
      ? [...(radio.closest('form')?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])].filter((r) => r.dataset.key === key).map((r) => r.value)
      : [current, radio.value];
  } else return [];
  const at = values.indexOf(current);
  if (at < 0) return [];
  const picks = [values[(at + 1) % values.length]!, values[(at - 1 + values.length) % values.length]!];
  return [...new Set(picks)].filter((v) => v !== current)
    .map((v) => ({ ...state, [key]: typeof defaults[key] === 'number' ? Number(v) : v }));
}
