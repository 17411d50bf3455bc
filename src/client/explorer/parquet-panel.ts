/**
 * The explorer's Parquet files: part of a published file read by HTTP range requests (only the row groups and
 * columns a filter needs, the footer once per file), or a reader's own file read in the browser, each loaded into
 * the explorer's DuckDB as a table of its own. The reading code loads on first use.
 */
import type { Lang } from '../../contract/schema.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import type { ColumnRows, RangeFile } from '../parquet-range.ts';
import type { DuckType } from '../csv-table.ts';
import { explorerConnection, tablesChanged } from './engine.ts';

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function initParquetPanel(root: HTMLElement, lang: Lang, onTable: (table: string) => void): void {
  const form = root.querySelector<HTMLFormElement>('[data-ex-parquet-range]');
  const own = root.querySelector<HTMLInputElement>('[data-ex-parquet-file]');
  const status = root.querySelector<HTMLElement>('[data-ex-parquet-status]');
  if (!form || !own || !status) return;
  const fileSelect = form.elements.namedItem('file') as HTMLSelectElement;
  const tableInput = form.elements.namedItem('table') as HTMLInputElement;
  const n = (v: number) => formatNumber(v, lang, 0);
  const size = (bytes: number) => (bytes >= 1e6 ? `${formatNumber(bytes / 1e6, lang, 1)} MB` : `${formatNumber(bytes / 1e3, lang, 1)} KB`);
  /** Opened files by address: their footers are read once. */
  const opened = new Map<string, Promise<RangeFile>>();
  let transferred = 0;
  const counting: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const body = await res.arrayBuffer();
    transferred += body.byteLength;
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
  const say = (text: string, state: string) => { status.textContent = text; root.dataset.parquet = state; };

  fileSelect.addEventListener('change', () => { tableInput.value = `${fileSelect.selectedOptions[0]?.dataset.name ?? 'parquet'}_part`; });

  type Range = typeof import('../parquet-range.ts');
  type Loader = typeof import('./parquet-table.ts');
  /** What a read gives: the table made and the words saying so, or null when it stopped with its own message. */
  type Read = (range: Range, loader: Loader) => Promise<{ table: string; rows: ColumnRows; types: Map<string, DuckType>; done: () => string } | null>;

  /** Reads a file (`name` in messages) and loads the rows as a table, the engine starting meanwhile. */
  function load(name: string, read: Read): void {
    const conn = explorerConnection();
    conn.catch(() => undefined);
    say(t('explore.parquet.reading', lang, { file: name }), 'reading');
    void (async () => {
      try {
        const [range, loader, csvTable] = await Promise.all([import('../parquet-range.ts'), import('./parquet-table.ts'), import('../csv-table.ts')]);
        const got = await read(range, loader);
        if (!got) return;
        await csvTable.loadTable(await conn, got.table, got.rows, got.types);
        tablesChanged();
        onTable(got.table);
        say(got.done(), 'done');
      } catch (err) {
        say(t('explore.parquet.failed', lang, { file: name, message: err instanceof Error ? err.message : String(err) }), 'error');
      }
    })();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(fileSelect.value, location.href).href;
    const name = fileSelect.selectedOptions[0]?.textContent?.trim() ?? fileSelect.value;
    const table = tableInput.value.trim();
    if (!TABLE_NAME.test(table)) { say(t('explore.parquet.badTable', lang), 'error'); tableInput.focus(); return; }
    const data = new FormData(form);
    load(name, async (range, loader) => {
      const before = transferred;
      const start = performance.now();
      if (!opened.has(url)) opened.set(url, range.openParquet(url, counting).catch((err: unknown) => { opened.delete(url); throw err; }));
      const src = await opened.get(url)!;
      const types = loader.columnTypes(src.metadata);
      let filter, columns;
      try {
        filter = loader.parseFilter(String(data.get('filter') ?? ''), types);
        columns = loader.parseColumns(String(data.get('columns') ?? ''), types);
      } catch (err) {
        if (!(err instanceof loader.FilterError)) throw err;
        say(t(`explore.parquet.${err.kind}`, lang, { part: err.part, columns: [...types.keys()].join(', ') }), 'error');
        return null;
      }
      const rows = await range.queryParquet(src, columns, filter);
      const ms = performance.now() - start;
      return {
        table, rows, types,
        done: () => t('explore.parquet.done', lang, {
          table, rows: n(rows.length), groups: n(rows.rowGroupsRead), total: n(src.metadata.row_groups.length),
          transferred: size(transferred - before), size: size(src.file.byteLength), ms: n(ms),
        }),
      };
    });
  });

  own.addEventListener('change', () => {
    const file = own.files?.[0];
    own.value = '';
    if (!file) return;
    load(file.name, async (range, loader) => {
      const src = range.parquetFromBuffer(await file.arrayBuffer(), file.name);
      const rows = await range.queryParquet(src, range.parquetColumns(src), {});
      const table = loader.tableName(file.name);
      return { table, rows, types: loader.columnTypes(src.metadata), done: () => t('explore.parquet.doneOwn', lang, { table, rows: n(rows.length), file: file.name }) };
    });
  });
}
