/**
 * The result as a table that stays smooth at 100,000 rows: only the rows in view (and a few around them) are in the
 * DOM, between two spacer rows that keep the scroll height (@tanstack/virtual-core). The table keeps its real
 * structure for screen readers: aria-rowcount on the table, aria-rowindex on each row.
 */
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { Cell, QueryResult } from '../../contract/query-result.ts';

/** Row height in px: fixed (cells do not wrap), so no row needs measuring. */
const ROW_HEIGHT = 29;

export function cellText(v: Cell): string {
  if (v === null) return 'NULL';
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  return String(v);
}

/** Width of text in `ch`, counting wide (CJK) characters twice. */
export function textWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return n;
}

/**
 * Column widths in `ch` from the header and a sample of rows, between 4 and 30: fixed once per result, so the
 * columns neither jump while scrolling nor make the browser lay the whole table out again on each frame.
 */
export function columnWidths(result: QueryResult, sample = 2000): number[] {
  const step = Math.max(1, Math.floor(result.rows.length / sample));
  return result.columns.map((c, i) => {
    let widest = textWidth(c.name);
    for (let r = 0; r < result.rows.length; r += step) widest = Math.max(widest, textWidth(cellText(result.rows[r]![i] ?? null)));
    return Math.min(30, Math.max(4, widest));
  });
}

export interface ResultTable { show(result: QueryResult): void; clear(): void }

export function createResultTable(scroller: HTMLElement, table: HTMLTableElement): ResultTable {
  const headRow = table.tHead!.rows[0]!;
  const body = table.tBodies[0]!;
  let virtualizer: Virtualizer<HTMLElement, HTMLTableRowElement> | null = null;
  let unmount: (() => void) | null = null;
  let result: QueryResult | null = null;

  const spacer = (height: number) => {
    const tr = document.createElement('tr');
    tr.className = 'ex-spacer';
    tr.setAttribute('aria-hidden', 'true');
    const td = document.createElement('td');
    td.colSpan = (result?.columns.length ?? 0) + 1;
    td.style.height = `${height}px`;
    tr.append(td);
    return tr;
  };

  function renderRows(): void {
    if (!virtualizer || !result) return;
    const items = virtualizer.getVirtualItems();
    const total = virtualizer.getTotalSize();
    const fragment = document.createDocumentFragment();
    // Item offsets count from the top of the scrolling box (scrollMargin: the header); the total does not.
    const margin = virtualizer.options.scrollMargin;
    const first = items[0];
    const last = items[items.length - 1];
    if (first && first.start - margin > 0) fragment.append(spacer(first.start - margin));
    for (const item of items) {
      const row = result.rows[item.index]!;
      const tr = document.createElement('tr');
      tr.setAttribute('aria-rowindex', String(item.index + 2));
      const num = document.createElement('td');
      num.className = 'ex-rownum';
      num.textContent = String(item.index + 1);
      tr.append(num);
      row.forEach((v, i) => {
        const td = document.createElement('td');
        const text = cellText(v);
        td.textContent = text;
        if (v === null) td.className = 'null';
        else if (result!.columns[i]!.kind === 'number') td.className = 'num';
        if (text.length > 40) td.title = text;
        tr.append(td);
      });
      fragment.append(tr);
    }
    if (last && total - (last.end - margin) > 0) fragment.append(spacer(total - (last.end - margin)));
    body.replaceChildren(fragment);
  }

  function clear(): void {
    unmount?.();
    unmount = null;
    virtualizer = null;
    result = null;
    headRow.replaceChildren();
    body.replaceChildren();
    table.querySelector('colgroup')?.remove();
  }

  return {
    clear,
    show(next) {
      clear();
      result = next;
      table.setAttribute('aria-rowcount', String(next.rows.length + 1));
      const colgroup = document.createElement('colgroup');
      const widths = [textWidth(String(next.rows.length)), ...columnWidths(next)];
      for (const w of widths) {
        const col = document.createElement('col');
        col.style.width = `calc(${w}ch + 1.3rem)`;
        colgroup.append(col);
      }
      table.prepend(colgroup);
      const th0 = document.createElement('th');
      th0.scope = 'col';
      th0.className = 'ex-rownum';
      th0.textContent = '#';
      headRow.append(th0, ...next.columns.map((c) => {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = c.name;
        return th;
      }));
      scroller.scrollTop = 0;
      virtualizer = new Virtualizer<HTMLElement, HTMLTableRowElement>({
        count: next.rows.length,
        getScrollElement: () => scroller,
        estimateSize: () => ROW_HEIGHT,
        // The sticky header sits above the first row inside the scrolling box.
        scrollMargin: table.tHead!.offsetHeight,
        overscan: 12,
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
        onChange: renderRows,
      });
      unmount = virtualizer._didMount();
      virtualizer._willUpdate();
      renderRows();
    },
  };
}
