/**
 * The "bring your own table" block: a file dropped or chosen is read in the browser with the data build's rules,
 * every figure is shown placed or rejected (with the build's own message), and the placed rows are kept in this
 * browser as `my_rows` and drawn beside the published figures on the charts. Nothing is sent anywhere.
 */
import type { Lang, Rejection } from '../../contract/schema.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { fixed } from '../../lib/qualified-number.ts';
import type { Opened } from './open-file.ts';
import type { OwnRow, OwnTable, TableAnswers } from './read.ts';
import { loadOwnTable, OWN_TABLE_EVENT, removeOwnTable, saveOwnTable } from './store.ts';

/** Rows listed in the page; all of them are in my_rows. */
const SHOWN = 1000;

const root = document.querySelector<HTMLElement>('[data-own-table]');
if (root) init(root);

function cell(tag: 'td' | 'th', text: string, className = ''): HTMLTableCellElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (className) c.className = className;
  if (tag === 'th') c.scope = 'col';
  return c;
}

function fillTable(table: HTMLTableElement, head: string[], rows: string[][], numeric: number[]): void {
  const tr = document.createElement('tr');
  tr.append(...head.map((h) => cell('th', h)));
  table.tHead!.replaceChildren(tr);
  table.tBodies[0]!.replaceChildren(...rows.map((r) => {
    const tr = document.createElement('tr');
    tr.append(...r.map((v, i) => cell('td', v, numeric.includes(i) ? 'num' : '')));
    return tr;
  }));
}

function init(root: HTMLElement): void {
  const lang = (root.dataset.lang ?? 'zh') as Lang;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const zone = $<HTMLElement>('[data-own-zone]');
  const input = $<HTMLInputElement>('[data-own-file]');
  const status = $<HTMLElement>('[data-own-status]');
  const answersForm = $<HTMLFormElement>('[data-own-answers]');
  const output = $<HTMLElement>('[data-own-output]');
  let current: { name: string; bytes: Uint8Array } | null = null;
  const labels = new Map<string, string>();

  async function open(name: string, bytes: Uint8Array, answers?: TableAnswers): Promise<void> {
    current = { name, bytes };
    status.textContent = t('own.reading', lang, { file: name });
    try {
      const m = await import('./open-file.ts');
      const opened: Opened = await m.openFile(name, bytes, answers);
      const { vocab } = (await import('./bundled.ts')).readContext();
      for (const l of vocab.labels) labels.set(`${l.domain}:${l.code}`, l[lang] || l.code);
      showAnswers(opened);
      await saveOwnTable(opened.table);
      status.textContent = opened.needsYear ? t('own.needsYear', lang) : '';
    } catch (e) {
      status.textContent = t('own.error', lang, { file: name, message: (e as Error).message });
      console.error(e);
    }
  }

  function showAnswers(opened: Opened): void {
    answersForm.hidden = !opened.yearbook;
    ($<HTMLSelectElement>('[name=measure]')).value = opened.answers.measure;
    ($<HTMLInputElement>('[name=unit]')).value = opened.answers.unit;
    const year = $<HTMLInputElement>('[name=year]');
    year.value = opened.answers.year ? String(opened.answers.year) : '';
    if (opened.needsYear) year.setAttribute('aria-invalid', 'true');
    else year.removeAttribute('aria-invalid');
  }

  const label = (domain: string, code: string | null) => (code === null ? '' : labels.get(`${domain}:${code}`) ?? code);
  const indicator = (r: OwnRow) => [label('cadre', r.cadre), label('measure', r.measure)].filter(Boolean).join(' · ');

  async function render(table: OwnTable | null): Promise<void> {
    output.hidden = !table;
    if (!table) return;
    if (labels.size === 0) {
      const { vocab } = (await import('./bundled.ts')).readContext();
      for (const l of vocab.labels) labels.set(`${l.domain}:${l.code}`, l[lang] || l.code);
    }
    const n = (v: number) => formatNumber(v, lang, 0);
    $<HTMLElement>('[data-own-summary]').textContent = t('own.summary', lang, {
      file: table.file, layout: table.layout, encoding: table.encoding,
      read: n(table.read), placed: n(table.placed), rejected: n(table.rejected), missing: n(table.missing),
    });
    $<HTMLElement>('[data-own-kept]').textContent = t('own.kept', lang, { n: n(table.rows.length) });
    const shown = table.rows.slice(0, SHOWN);
    fillTable($('[data-own-placed]'),
      ['row', 'indicator', 'area', 'geo', 'year', 'unit', 'value', 'printed'].map((k) => t(`own.col.${k}` as 'own.col.row', lang)),
      shown.map((r) => [String(r.raw_row), indicator(r), label('area', r.area), label('geo', r.geo_code), String(r.year), label('unit', r.unit),
        fixed(r.value, lang, r.precision), r.value_published]),
      [0, 6]);
    $<HTMLElement>('[data-own-more]').textContent = table.rows.length > SHOWN ? t('own.shownOf', lang, { shown: n(SHOWN), n: n(table.rows.length) }) : '';
    const rejected: Rejection[] = table.rejections;
    $<HTMLElement>('[data-own-none]').hidden = rejected.length > 0;
    $<HTMLElement>('[data-own-rejected-wrap]').hidden = rejected.length === 0;
    fillTable($('[data-own-rejected]'),
      ['row', 'column', 'reason', 'printed', 'suggestion'].map((k) => t(`own.col.${k}` as 'own.col.row', lang)),
      rejected.slice(0, SHOWN).map((r) => [String(r.raw_row), r.column, r.reason, r.value, r.suggestion ?? '']),
      [0]);
  }

  const readFile = async (file: File) => open(file.name, new Uint8Array(await file.arrayBuffer()));
  input.addEventListener('change', () => { const f = input.files?.[0]; if (f) void readFile(f); input.value = ''; });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('is-over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('is-over');
    const f = e.dataTransfer?.files[0];
    if (f) void readFile(f);
  });
  answersForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!current) return;
    const data = new FormData(answersForm);
    const year = Number(data.get('year'));
    void open(current.name, current.bytes, {
      measure: data.get('measure') === 'headcount' ? 'headcount' : 'density',
      unit: String(data.get('unit') ?? '').trim(),
      year: Number.isInteger(year) && year > 0 ? year : null,
    });
  });
  $<HTMLButtonElement>('[data-own-remove]').addEventListener('click', async () => {
    await removeOwnTable();
    current = null;
    answersForm.hidden = true;
    status.textContent = t('own.removed', lang);
  });
  window.addEventListener(OWN_TABLE_EVENT, () => void loadOwnTable().then(render));
  void loadOwnTable().then(render);
}
