/**
 * The words shown with a chart's drawing — its subtitle, notes and source line — each in a slot of the chart
 * (ChartFrame.astro) that keeps, by their HTML, the boxes of words it has shown or was given ahead of a change. Words
 * laid out ahead (with a view drawn ahead, src/client/ahead.ts) are set aside in their slot the same way as the
 * drawing, so that the change only brings them back: the frame that shows them has no new text to style, lay out and
 * shape (a source line and notes written on the change cost that frame about 15 ms at 4× CPU slowdown).
 *
 * The box on screen alone carries the slot's data attribute (data-chart-subtitle, -notes, -source): what the page,
 * its tests and its readers read is the words shown, never words set aside.
 */
import { AHEAD_CLASS, KEPT, stageAhead, stageAllAhead } from './ahead.ts';
import { idle } from './tasks.ts';

export type WordSlot = 'subtitle' | 'notes' | 'source';
const SLOTS: readonly WordSlot[] = ['subtitle', 'notes', 'source'];

/** Words for each slot; null for the source line: the page's own (of the page's rows). */
export type Words = Record<WordSlot, string | null>;

/** Boxes kept per slot: those of the views kept ahead, the one on screen and the page's own. */
const KEPT_BOXES = KEPT + 2;

interface Slot {
  attr: string;
  container: HTMLElement;
  /** Boxes by their HTML, oldest first. */
  boxes: Map<string, HTMLElement>;
  shown: HTMLElement;
  /** The page's own words as the browser serialises them, and the page's box (until other HTML is found to match it). */
  pageHtml: string;
  page: HTMLElement | null;
}

const slots = new WeakMap<HTMLElement, Map<WordSlot, Slot>>();

function slotOf(section: HTMLElement, name: WordSlot): Slot {
  let all = slots.get(section);
  if (!all) slots.set(section, (all = new Map()));
  let slot = all.get(name);
  if (!slot) {
    const attr = `data-chart-${name}`;
    const shown = section.querySelector<HTMLElement>(`[${attr}]`)!;
    const pageHtml = shown.innerHTML;
    slot = { attr, container: shown.parentElement!, boxes: new Map([[pageHtml, shown]]), shown, pageHtml, page: shown };
    all.set(name, slot);
  }
  return slot;
}

/** Whether an element holds this HTML as the browser reads both (the words of most views are the page's own). */
export function sameHtml(target: Element, html: string): boolean {
  const parsed = target.ownerDocument.createElement('template');
  parsed.innerHTML = html;
  return parsed.innerHTML === target.innerHTML;
}

/** The slot's box of these words, if it has one: kept, or the page's own box holding the same words. */
function keptBox(slot: Slot, html: string): HTMLElement | null {
  const kept = slot.boxes.get(html);
  if (kept) {
    // Newest last: the oldest box goes first.
    slot.boxes.delete(html);
    slot.boxes.set(html, kept);
    return kept;
  }
  if (slot.page && slot.boxes.get(slot.pageHtml) === slot.page && sameHtml(slot.page, html)) {
    slot.boxes.set(html, slot.page);
    slot.page = null;
    return slot.boxes.get(html)!;
  }
  return null;
}

function newBox(slot: Slot, html: string): HTMLElement {
  const box = slot.shown.ownerDocument.createElement(slot.shown.tagName);
  box.className = slot.shown.className;
  box.innerHTML = html;
  slot.boxes.set(html, box);
  // Too many: the oldest box set aside leaves the page when the browser is idle.
  for (const [key, old] of slot.boxes) {
    if (slot.boxes.size <= KEPT_BOXES) break;
    if (old === slot.shown || old === box) continue;
    slot.boxes.delete(key);
    idle(() => { if (old.classList.contains(AHEAD_CLASS)) old.remove(); });
  }
  return box;
}

const htmlOf = (slot: Slot, html: string | null): string => html ?? slot.pageHtml;

/**
 * Lays out, within this task, and sets aside the words of a view the reader may ask next, in each slot that has no
 * box of them yet (one layout for all).
 */
export function stageWords(section: HTMLElement, words: Words): void {
  const fresh: [Slot, HTMLElement][] = [];
  for (const name of SLOTS) {
    const slot = slotOf(section, name);
    const html = htmlOf(slot, words[name]);
    if (!keptBox(slot, html)) fresh.push([slot, newBox(slot, html)]);
  }
  stageAllAhead(fresh.map(([slot, box]) => [slot.container, box] as const));
}

/** Shows a view's words in place of those on screen (a box kept or laid out ahead comes back; others are written now). */
export function showWords(section: HTMLElement, words: Words): void {
  for (const name of SLOTS) {
    const slot = slotOf(section, name);
    const html = htmlOf(slot, words[name]);
    const box = keptBox(slot, html) ?? newBox(slot, html);
    if (box === slot.shown) continue;
    const before = slot.shown;
    before.removeAttribute(slot.attr);
    stageAhead(slot.container, before);
    if (box.parentNode !== slot.container) slot.container.prepend(box);
    box.classList.remove(AHEAD_CLASS);
    box.removeAttribute('aria-hidden');
    box.setAttribute(slot.attr, '');
    slot.shown = box;
  }
}
