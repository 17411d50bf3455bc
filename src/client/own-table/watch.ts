/**
 * Redraws the page's charts when the reader's own table is there (on load) or changes (dropped, removed, or changed
 * in another tab). Light on purpose: it only reads a localStorage line; the drawing code loads as for any redraw.
 */
import { OWN_TABLE_EVENT, ownTableSummary } from './store.ts';

/** Embeds never show the reader's table: an embed is someone else's page. */
export const inEmbed = (): boolean => document.querySelector('[data-embed-root]') !== null;

export function watchOwnTable(redraw: () => void): void {
  if (inEmbed()) return;
  if (ownTableSummary()) redraw();
  window.addEventListener(OWN_TABLE_EVENT, redraw);
}
