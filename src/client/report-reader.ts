/**
 * The Read a report page in the browser: reads pasted text or an opened .txt file (UTF-8 or GB18030) with the same
 * reader the data build uses, marks every figure in the text by kind (hover or focus shows its reading), lists the
 * compositions that do not add up, draws each title or education make-up beside the national one, and fills a
 * table that sorts, filters by kind and downloads as CSV or JSON. Nothing leaves the browser.
 */
import type { Lang } from '../contract/schema.ts';
import type { Row } from '../contract/rows.ts';
import { punct, t } from '../i18n/index.ts';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { decodeReport, UnreadableReport } from '../reports/decode.ts';
import { figuresCsv, readingJson } from '../reports/export.ts';
import type { PlaceName } from '../reports/places.ts';
import { readReport } from '../reports/reader.ts';
import type { Figure, FigureGroup, Reading, ReaderVocab } from '../reports/types.ts';
import { kindText, roleText, TABLE_COLUMNS, valueText, yearText, type TableColumn } from '../reports/words.ts';
import type { MakeupBar } from '../charts/report-composition.ts';
import { asImage } from '../charts/plot-aria.ts';

interface Payload { vocab: { vocab: ReaderVocab; provinces: PlaceName[] }; national: Row[]; sources: Record<string, string> }

const root = document.querySelector<HTMLElement>('[data-report-reader]');
if (root) init(root);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function init(root: HTMLElement): void {
  const lang = (root.dataset.lang ?? 'zh') as Lang;
  const payload = JSON.parse(root.querySelector('script[data-rr-payload]')!.textContent!) as Payload;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-rr-form]');
  const input = $<HTMLTextAreaElement>('[data-rr-text]');
  const fileInput = $<HTMLInputElement>('[data-rr-file]');
  const status = $<HTMLElement>('[data-rr-status]');
  const output = $<HTMLElement>('[data-rr-output]');
  const doc = $<HTMLElement>('[data-rr-doc]');
  const tip = $<HTMLElement>('[data-rr-tip]');
  const filter = $<HTMLSelectElement>('[data-rr-filter]');
  const shown = $<HTMLElement>('[data-rr-shown]');
  const tbody = $<HTMLTableSectionElement>('[data-rr-table] tbody');
  let reading: Reading = { figures: [], groups: [], documents: [] };
  let text = '';
  let sort: { column: TableColumn; dir: 1 | -1 } = { column: 'start', dir: 1 };
  let timer: number | undefined;

  function read(value: string): void {
    text = value;
    performance.mark('report-read-start');
    reading = readReport(text, payload.vocab);
    performance.measure('report-read', 'report-read-start');
    render();
  }

  function render(): void {
    hideTip();
    const { figures, groups, documents } = reading;
    output.hidden = figures.length === 0;
    const compositions = groups.filter((g) => g.kind === 'composition');
    status.textContent = !text.trim() ? '' : figures.length === 0 ? t('reports.status.none', lang) : t('reports.status.found', lang, {
      n: figures.length, docs: documents.length, groups: compositions.length, discrepancies: compositions.filter((g) => g.discrepancy).length,
    });
    if (figures.length === 0) return;
    renderText();
    renderDiscrepancies(compositions);
    void renderCharts(compositions);
    renderTable();
  }

  /** The text with every figure marked: a focusable <mark> per figure, described by the shared tooltip. */
  function renderText(): void {
    const frag = document.createDocumentFragment();
    let at = 0;
    reading.figures.forEach((f, i) => {
      frag.append(text.slice(at, f.start));
      const mark = el('mark', {
        class: 'rr-fig', tabindex: '0', 'data-i': String(i), 'data-kind': f.kind, 'data-target': String(f.is_target),
        'data-discrepancy': String(f.discrepancy), 'data-repeat': String(f.repeat_of !== null), 'aria-describedby': 'rr-tip',
      }, f.text);
      frag.append(mark);
      at = f.end;
    });
    frag.append(text.slice(at));
    doc.replaceChildren(frag);
  }

  function field(dl: HTMLDListElement, term: string, value: string): void {
    dl.append(el('dt', {}, term), el('dd', {}, value));
  }

  function groupText(f: Figure): string {
    if (!f.group || !f.role) return '';
    const g = reading.groups.find((x) => x.id === f.group);
    if (g?.kind === 'composition' && f.group_sum !== null && f.group_total !== null) {
      return t('reports.field.groupSum', lang, { role: roleText(f.role, lang), group: f.group, sum: formatNumber(f.group_sum, lang), total: formatNumber(f.group_total, lang) });
    }
    return t('reports.field.groupItem', lang, { role: roleText(f.role, lang), group: f.group });
  }

  function showTip(mark: HTMLElement): void {
    const f = reading.figures[Number(mark.dataset.i)]!;
    const dl = el('dl');
    field(dl, t('reports.field.value', lang), valueText(f, lang));
    field(dl, t('reports.field.kind', lang), kindText(f.kind, lang));
    field(dl, t('reports.field.subject', lang), f.subject_zh || '—');
    if (f.code) field(dl, t('reports.field.code', lang), `${f.code_domain}: ${f.code}`);
    field(dl, t('reports.field.year', lang), yearText(f, lang));
    if (f.place) field(dl, t('reports.field.place', lang), f.place);
    if (f.document) field(dl, t('reports.field.document', lang), f.document);
    if (f.group) field(dl, t('reports.field.group', lang), groupText(f));
    field(dl, t('reports.field.target', lang), f.is_target ? t('reports.yes', lang) : t('reports.no', lang));
    field(dl, t('reports.field.quote', lang), f.quote);
    tip.replaceChildren(dl);
    if (f.repeat_of) tip.append(el('p', {}, t('reports.field.repeat', lang, { at: f.repeat_of })));
    tip.hidden = false;
    for (const m of doc.querySelectorAll('.rr-active')) m.classList.remove('rr-active');
    mark.classList.add('rr-active');
    // below the mark, inside the text panel's box
    const wrap = tip.parentElement!.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - wrap.left, wrap.width - tip.offsetWidth));
    tip.style.left = `${left}px`;
    tip.style.top = `${r.bottom - wrap.top + 6}px`;
  }

  function hideTip(): void {
    tip.hidden = true;
    for (const m of doc.querySelectorAll('.rr-active')) m.classList.remove('rr-active');
  }

  function renderDiscrepancies(compositions: FigureGroup[]): void {
    const box = $<HTMLElement>('[data-rr-discrepancies]');
    const list = $<HTMLUListElement>('[data-rr-discrepancy-list]');
    const bad = compositions.filter((g) => g.discrepancy);
    box.hidden = bad.length === 0;
    list.replaceChildren(...bad.map((g) => {
      const total = reading.figures.find((f) => f.id === g.total);
      return el('li', {}, t('reports.discrepancy.item', lang, {
        quote: total?.quote ?? g.members.join(', '), sum: formatNumber(g.sum, lang), total: formatNumber(g.total_value, lang),
      }));
    }));
  }

  /** Title and education make-ups of the report beside the country's (Plot loads only when there is one to draw). */
  async function renderCharts(compositions: FigureGroup[]): Promise<void> {
    const box = $<HTMLElement>('[data-rr-charts]');
    const drawable = compositions.filter((g) => g.breakdown && (g.total_value ?? g.sum));
    if (drawable.length === 0) {
      box.replaceChildren(el('p', { class: 'rr-note' }, t('reports.compositions.none', lang)));
      return;
    }
    const [{ reportCompositionPlot }, Plot] = await Promise.all([import('../charts/report-composition.ts'), import('@observablehq/plot')]);
    const byId = new Map(reading.figures.map((f) => [f.id, f]));
    const width = Math.max(280, Math.min(720, box.clientWidth || 640));
    box.replaceChildren(...drawable.map((g) => {
      // shares printed in per cent are drawn as printed; counts as their share of the total
      const inPercent = g.unit === 'percent';
      const total = g.total_value ?? g.sum!;
      const shareOf = (f: Figure) => (inPercent ? f.value : (f.value / total) * 100);
      const parts = g.members.map((id) => byId.get(id)!).filter((f) => f.unit === g.unit);
      const head = (g.total ? byId.get(g.total) : parts[0])!;
      const nat = payload.national.filter((r) => r.breakdown === g.breakdown);
      const natYear = nat[0] ? Number(nat[0].year) : null;
      const localYear = head.year;
      const place = head.place ? (lang === 'zh' ? `·${head.place}` : ` · ${head.place}`) : '';
      // the whole the parts are of, as printed (医学类毕业生), beside the country's health technicians
      const of = g.total ? byId.get(g.total)!.subject_zh : '';
      const whole = of ? `${punct(lang).colon}${of}` : '';
      const bars: MakeupBar[] = [
        {
          label: t('reports.compositions.local', lang, { place, whole, year: localYear ?? t('reports.compositions.yearUnknown', lang) }),
          parts: parts.map((f) => ({ label: f.subject_zh || f.text, code: f.code, share: shareOf(f), printed: inPercent ? f.text : `${f.text} (${formatPercent(shareOf(f), lang)})` })),
        },
      ];
      if (nat.length) {
        bars.push({
          label: t('reports.compositions.national', lang, { year: natYear! }),
          parts: nat.map((r) => ({ label: String(r[`category_${lang}`]), code: String(r.category), share: Number(r.value), printed: `${String(r.value_published)}%` })),
        });
      }
      const fig = el('figure');
      fig.append(el('figcaption', {}, t(`reports.compositions.${g.breakdown!}`, lang)));
      fig.append(el('p', { class: 'rr-chart-note' }, inPercent ? t('reports.compositions.printedShares', lang) : t('reports.compositions.shares', lang, { total: formatNumber(total, lang) })));
      const svg = Plot.plot(reportCompositionPlot(bars, width, lang) as Parameters<typeof Plot.plot>[0]);
      asImage(svg, bars.map((b) => `${b.label}: ${b.parts.map((p) => `${p.label} ${formatPercent(p.share, lang)}`).join(', ')}`).join('; '));
      fig.append(svg);
      if (localYear === null || (natYear !== null && !String(localYear).includes(String(natYear)))) {
        fig.append(el('p', { class: 'rr-chart-note' }, t('reports.compositions.yearsDiffer', lang, {
          local: localYear ?? t('reports.compositions.yearUnknown', lang), national: natYear ?? '—',
        })));
      }
      const ids = [...new Set(nat.map((r) => String(r.source_id)))];
      if (ids.length) fig.append(el('p', { class: 'rr-chart-note' }, t('reports.compositions.source', lang, { source: ids.map((id) => payload.sources[id] ?? id).join('; ') })));
      const details = el('details');
      details.append(el('summary', {}, t('reports.compositions.table', lang)));
      const mini = el('table', { class: 'rr-mini' });
      for (const b of bars) for (const p of b.parts) {
        const tr = el('tr');
        tr.append(el('th', { scope: 'row' }, b.label), el('td', {}, p.label), el('td', { class: 'num' }, p.printed));
        mini.append(tr);
      }
      details.append(mini);
      fig.append(details);
      return fig;
    }));
  }

  function cell(f: Figure, c: TableColumn): HTMLTableCellElement {
    switch (c) {
      case 'start': {
        const td = el('td', { class: 'num' });
        td.append(el('button', { type: 'button', class: 'rr-goto', 'data-rr-goto': f.id }, String(f.start)));
        return td;
      }
      case 'text': return el('td', {}, f.text);
      case 'value': return el('td', { class: 'num' }, valueText(f, lang));
      case 'kind': {
        const td = el('td');
        const span = el('span', { class: 'rr-kind' });
        span.append(el('span', { class: 'rr-swatch', 'data-kind': f.kind, 'aria-hidden': 'true' }), kindText(f.kind, lang));
        td.append(span);
        return td;
      }
      case 'subject': return el('td', {}, f.subject_zh + (f.code ? ` [${f.code}]` : ''));
      case 'year': return el('td', {}, yearText(f, lang));
      case 'place': return el('td', {}, f.place ?? '');
      case 'document': return el('td', {}, f.document ?? '');
      case 'group': return el('td', { title: groupText(f) }, f.group && f.role ? `${roleText(f.role, lang)} ${f.group}${f.discrepancy ? ' ≠' : ''}` : '');
      case 'quote': return el('td', {}, f.quote);
    }
  }

  function sortKey(f: Figure, c: TableColumn): string | number {
    switch (c) {
      case 'start': return f.start;
      case 'value': return f.value;
      case 'text': return f.text;
      case 'kind': return kindText(f.kind, lang);
      case 'subject': return f.subject_zh;
      case 'year': return f.year ?? '';
      case 'place': return f.place ?? '';
      case 'document': return f.document_index;
      case 'group': return f.group ? Number(f.group.slice(1)) : Infinity;
      case 'quote': return f.quote;
    }
  }

  function visible(): Figure[] {
    const kind = filter.value;
    const rows = reading.figures.filter((f) => !kind || f.kind === kind);
    const key = (f: Figure) => sortKey(f, sort.column);
    return rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang === 'zh' ? 'zh-CN' : 'en');
      return d * sort.dir || a.start - b.start;
    });
  }

  function renderTable(): void {
    const rows = visible();
    tbody.replaceChildren(...rows.map((f) => {
      const tr = el('tr', { 'data-kind': f.kind });
      for (const c of TABLE_COLUMNS) tr.append(cell(f, c));
      return tr;
    }));
    shown.textContent = t('reports.filter.shown', lang, { shown: rows.length, n: reading.figures.length });
    for (const th of root.querySelectorAll<HTMLElement>('[data-rr-table] th')) {
      const c = th.querySelector<HTMLElement>('[data-rr-sort]')!.dataset.rrSort;
      th.setAttribute('aria-sort', c === sort.column ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none');
    }
  }

  async function download(format: string): Promise<void> {
    const { downloadBlob } = await import('./image-export.ts');
    if (format === 'csv') downloadBlob(new Blob([figuresCsv(visible())], { type: 'text/csv;charset=utf-8' }), 'report-figures.csv');
    else downloadBlob(new Blob([readingJson({ ...reading, figures: visible() })], { type: 'application/json' }), 'report-figures.json');
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); read(input.value); });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => read(input.value), 400);
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      const { text: decoded } = decodeReport(new Uint8Array(await file.arrayBuffer()));
      input.value = decoded;
      read(decoded);
    } catch (e) {
      if (!(e instanceof UnreadableReport)) throw e;
      status.textContent = t('reports.status.error', lang, { message: e.message });
    }
    fileInput.value = '';
  });
  $<HTMLButtonElement>('[data-rr-clear]').addEventListener('click', () => { input.value = ''; read(''); input.focus(); });
  doc.addEventListener('mouseover', (e) => { const m = (e.target as Element).closest<HTMLElement>('.rr-fig'); if (m) showTip(m); });
  doc.addEventListener('mouseleave', hideTip);
  doc.addEventListener('focusin', (e) => { const m = (e.target as Element).closest<HTMLElement>('.rr-fig'); if (m) showTip(m); });
  doc.addEventListener('focusout', hideTip);
  root.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); });
  filter.addEventListener('change', renderTable);
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-rr-sort]')) {
    b.addEventListener('click', () => {
      const column = b.dataset.rrSort as TableColumn;
      sort = { column, dir: sort.column === column ? (sort.dir === 1 ? -1 : 1) : 1 };
      renderTable();
    });
  }
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-rr-download]')) b.addEventListener('click', () => void download(b.dataset.rrDownload!));
  // a figure's offset in the table jumps to it in the text
  tbody.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLButtonElement>('[data-rr-goto]');
    if (!a) return;
    const i = reading.figures.findIndex((f) => f.id === a.dataset.rrGoto);
    const mark = doc.querySelector<HTMLElement>(`.rr-fig[data-i="${i}"]`);
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus();
  });
  if (input.value.trim()) read(input.value);
}
