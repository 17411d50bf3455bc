/**
 * Views made ahead of a change: when the reader reaches for a control (presses it, focuses it, or has just changed
 * it), the chart's likely next state is drawn in a task of its own and put in the chart's figure, styled and laid out
 * at the figure's width and then set aside out of the flow with its rendering skipped (`content-visibility: hidden`,
 * which keeps the style and layout it was given, and keeps it from sight, hit testing and screen readers), with the
 * words shown beside it, so that the change itself only brings it back: the browser has no new drawing to style, lay
 * out and shape text for. The view a change replaces steps aside the same way, ready for a change back. A view is
 * kept for its state, width, theme and language, used once, and only a few are kept per chart.
 *
 * Nothing inherited changes on the drawing's own box when it is set aside or shown (as `visibility` would), so the
 * browser restyles that box alone, not every mark and label in it.
 */
import type { ChartState } from '../contract/rows.ts';
import type { RenderContext } from '../charts/definition.ts';
import { idle } from './tasks.ts';

/** Views kept per chart: the ones a reader picking from a menu may ask next, and the one a change replaced. */
export const KEPT = 8;

/** How many of a menu's options are drawn ahead while the reader picks from it (nearest to the current one first). */
export const PICKING = 6;

/** A view made ahead: its drawing's box (staged in the figure) and the HTML of the words shown with it. */
export interface AheadView { drawing: HTMLElement; subtitle: string; notes: string; source: string | null }

const drawings = new WeakMap<HTMLElement, Map<string, Promise<AheadView | null>>>();

const keyOf = (state: ChartState, ctx: RenderContext): string => JSON.stringify([state, ctx.width, ctx.theme, ctx.lang]);

/** The class of a drawing set aside: made ahead and not yet shown, or stepped aside (styles/site.css). */
export const AHEAD_CLASS = 'chart-ahead';
/** The class of a new drawing while it is laid out before it is set aside: out of the flow (styles/site.css). */
const STAGING_CLASS = 'chart-staging';

/** Whether an element is, or is inside, a drawing made ahead and not shown. */
export const isAhead = (el: Element): boolean => el.closest(`.${AHEAD_CLASS}`) !== null;

/** A drawing in a box of the figure's width: what is staged, shown and staged again (never moved: see stageAhead). */
export function boxed(drawing: Element): HTMLElement {
  const box = drawing.ownerDocument.createElement('div');
  box.append(drawing);
  return box;
}

/**
 * Puts a new drawing's box in the figure and has the browser style and lay it out now, at the figure's width and out
 * of the flow, within this task (no frame shows it). Shown later, it keeps that layout, text shaping included, which
 * moving it in the page would lose.
 */
export function layOut(figure: HTMLElement, box: HTMLElement): void {
  if (box.parentNode === figure) return;
  box.classList.add(STAGING_CLASS);
  figure.append(box);
  box.getBoundingClientRect(); // style and layout, now
  box.classList.remove(STAGING_CLASS);
}

/** Sets a drawing's box aside in the figure (a new one laid out first), or the one on screen out of view. */
export function stageAhead(figure: HTMLElement, box: HTMLElement): void {
  box.setAttribute('aria-hidden', 'true');
  layOut(figure, box);
  box.classList.add(AHEAD_CLASS);
}

/**
 * Shows a drawing's box in the figure in place of what is on screen; staged drawings stay for later changes. What
 * else the figure held (e.g. the build's drawings) steps out of view at once and leaves the page when the browser is
 * idle: taking hundreds of nodes out of the page is itself a long piece of work.
 */
export function showDrawing(figure: HTMLElement, box: HTMLElement): void {
  for (const child of [...figure.children]) {
    if (child === box || child.classList.contains(AHEAD_CLASS)) continue;
    child.classList.add(AHEAD_CLASS);
    child.setAttribute('aria-hidden', 'true');
    idle(() => child.remove());
  }
  if (box.parentNode !== figure) figure.prepend(box);
  box.classList.remove(AHEAD_CLASS);
  box.removeAttribute('aria-hidden');
}

/** A view no longer kept leaves the page (if it is still staged there), when the browser is idle. */
export function discard(view: Promise<AheadView | null> | null): void {
  void view?.then((v) => idle(() => { if (v?.drawing.classList.contains(AHEAD_CLASS)) v.drawing.remove(); }));
}

/** Whether a drawing of this view is made or being made. */
export function hasAhead(el: HTMLElement, state: ChartState, ctx: RenderContext): boolean {
  return drawings.get(el)?.has(keyOf(state, ctx)) ?? false;
}

/** Keeps a view being made, or one stepping aside (the oldest kept one goes when there are too many). */
export function keepAhead(el: HTMLElement, state: ChartState, ctx: RenderContext, drawing: Promise<AheadView | null>): void {
  let kept = drawings.get(el);
  if (!kept) drawings.set(el, (kept = new Map()));
  const key = keyOf(state, ctx);
  if (kept.has(key)) discard(kept.get(key)!);
  kept.set(key, drawing);
  // A view given up (or with nothing to draw) is not kept: the state may be drawn ahead again later.
  void drawing.then((v) => { if (!v && kept.get(key) === drawing) kept.delete(key); });
  if (kept.size > KEPT) {
    const oldest = kept.keys().next().value!;
    discard(kept.get(oldest)!);
    kept.delete(oldest);
  }
}

/** The view made ahead, taken (a node is put on screen once), or null. */
export function takeAhead(el: HTMLElement, state: ChartState, ctx: RenderContext): Promise<AheadView | null> | null {
  const kept = drawings.get(el);
  const key = keyOf(state, ctx);
  const drawing = kept?.get(key) ?? null;
  kept?.delete(key);
  return drawing;
}

/** The control a pointer or focus reached: the element itself, or the control inside the label it is part of. */
export function controlOf(target: EventTarget | null): HTMLElement | null {
  const el = target as HTMLElement | null;
  if (typeof el?.closest !== 'function') return null;
  return el.dataset?.key !== undefined ? el : el.closest('label')?.querySelector<HTMLElement>('[data-key]') ?? null;
}

/**
 * The states a reader reaching for a control is likely to ask next: the value of a radio button not yet chosen, or
 * the values nearest the current one (a select's options, a radio group's buttons), after it first: `count` of them
 * (two: the values after and before), wrapping round at the ends.
 */
export function nextStates(control: HTMLElement, state: ChartState, defaults: ChartState, count = 2): ChartState[] {
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
  const wrap = (i: number) => values[((i % values.length) + values.length) % values.length]!;
  const picks = values.flatMap((_, d) => [wrap(at + d + 1), wrap(at - d - 1)]);
  return [...new Set(picks)].filter((v) => v !== current).slice(0, count)
    .map((v) => ({ ...state, [key]: typeof defaults[key] === 'number' ? Number(v) : v }));
}
