/**
 * The Explore page in the browser: the editor, example questions and table list work at once; the first query
 * loads DuckDB-WASM (its download shown as it arrives). A query runs in DuckDB's worker, can be stopped, returns at
 * most ROW_CAP rows, and is kept in the URL (`?sql=`) so a link reproduces it and back/forward step through the
 * queries run. The result shows as a virtualised table, a quick chart chosen from its shape, and downloads.
 */
import type { Label, Lang } from '../../contract/schema.ts';
import type { QueryResult } from '../../contract/query-result.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { readSql, writeSql } from '../../lib/explore-url.ts';
import type { QuickKind, QuickOptions, QuickWords } from '../../charts/quick-chart.ts';
import { createEditor, type Schema } from './editor.ts';
import { MY_ROWS_SYNCED } from '../own-table/store.ts';
import { addedColumnWords, catalogue, cancelQuery, ENGINE_PROGRESS, engineStarted, QueryCancelled, readingConnection, runQuery, TABLES_CHANGED } from './engine.ts';
import { initParquetPanel } from './parquet-panel.ts';
import { createResultTable } from './result-table.ts';
import { errorPosition, errorText } from './sql-error.ts';

interface Payload { dataVersion: string; schema: Schema; columnWords: Record<string, string> }

const root = document.querySelector<HTMLElement>('[data-explorer]');
if (root) init(root);

function init(root: HTMLElement): void {
  const lang = (root.dataset.lang ?? 'zh') as Lang;
  const cap = Number(root.dataset.cap);
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const payload = JSON.parse($('script[data-ex-payload]').textContent!) as Payload;
  const examples = JSON.parse($('script[data-ex-examples]').textContent!) as Record<string, string>;
  const status = $<HTMLElement>('[data-ex-status]');
  const progress = $<HTMLProgressElement>('[data-ex-progress]');
  const runButton = $<HTMLButtonElement>('[data-ex-run]');
  const cancelButton = $<HTMLButtonElement>('[data-ex-cancel]');
  const errorBox = $<HTMLElement>('[data-ex-error]');
  const output = $<HTMLElement>('[data-ex-output]');
  const cappedNote = $<HTMLElement>('[data-ex-capped]');
  const empty = $<HTMLElement>('[data-ex-empty]');
  const chartKind = $<HTMLSelectElement>('[data-ex-chart-kind]');
  const chartFigure = $<HTMLElement>('[data-ex-chart]');
  const chartNone = $<HTMLElement>('[data-ex-chart-none]');
  const table = createResultTable($('[data-ex-scroll]'), $('[data-ex-table]'));
  const editor = createEditor($('[data-ex-textarea]'), () => void run());
  editor.setSchema(payload.schema);

  let result: QueryResult | null = null;
  let resultSql = '';
  let choices: QuickOptions[] = [];
  let generation = 0;

  const setStatus = (text: string) => { status.textContent = text; };

  document.addEventListener(ENGINE_PROGRESS, (e) => {
    const { received, total } = (e as CustomEvent<{ received: number; total: number | null }>).detail;
    progress.hidden = false;
    if (total) { progress.max = total; progress.value = received; } else progress.removeAttribute('value');
    if (total && received >= total) { progress.hidden = true; setStatus(t('explore.status.opening', lang)); return; }
    const mb = (n: number) => formatNumber(n / 1e6, lang, 1);
    setStatus(total ? t('explore.status.loadingBytes', lang, { received: mb(received), total: mb(total) }) : t('explore.status.loading', lang));
  });

  /** Tables the page did not list at build time (added by other blocks) join the list; completion learns them. */
  async function refreshSchema(): Promise<void> {
    const tables = await catalogue();
    const known = new Set([...root.querySelectorAll<HTMLElement>('[data-ex-tables] [data-table]')].map((d) => d.dataset.table));
    const added = tables.filter((tb) => !known.has(tb.name));
    const addedBox = $<HTMLElement>('[data-ex-added]');
    addedBox.hidden = added.length === 0;
    $<HTMLElement>('[data-ex-added-tables]').replaceChildren(...added.map((tb) => {
      const entry = document.createElement('div');
      entry.className = 'ex-table-entry';
      entry.dataset.table = tb.name;
      const heading = document.createElement('h3');
      heading.append(insertButton(tb.name));
      const details = document.createElement('details');
      details.open = true;
      const summary = document.createElement('summary');
      summary.textContent = t('explore.schema.columns', lang, { n: tb.columns.length });
      const dl = document.createElement('dl');
      const words = addedColumnWords(tb.name);
      for (const c of tb.columns) {
        const div = document.createElement('div');
        const dt = document.createElement('dt');
        const type = document.createElement('span');
        type.className = 'ex-muted';
        type.textContent = c.type;
        dt.append(insertButton(c.name), ' ', type);
        div.append(dt);
        const described = words[c.name];
        if (described) {
          const dd = document.createElement('dd');
          dd.textContent = described[lang];
          div.append(dd);
        }
        dl.append(div);
      }
      details.append(summary, dl);
      entry.append(heading, details);
      return entry;
    }));
    editor.setSchema(Object.fromEntries(tables.map((tb) => [tb.name, tb.columns.map((c) => c.name)])));
  }
  document.addEventListener(TABLES_CHANGED, () => void refreshSchema());
  document.addEventListener(MY_ROWS_SYNCED, () => void refreshSchema());

  function insertButton(name: string): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'ex-insert';
    b.dataset.exInsert = name;
    const code = document.createElement('code');
    code.textContent = name;
    b.append(code);
    return b;
  }

  root.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const insert = target.closest<HTMLElement>('[data-ex-insert]');
    if (insert) { e.preventDefault(); editor.insert(insert.dataset.exInsert!); return; }
    const example = target.closest<HTMLElement>('[data-ex-example]');
    if (example) {
      editor.setText(examples[example.dataset.exExample!]!);
      void run();
      $<HTMLElement>('[data-ex-editor]').scrollIntoView({ block: 'nearest' });
    }
  });

  function showError(message: string, sql: string): void {
    const pos = errorPosition(message, sql);
    errorBox.hidden = false;
    $('[data-ex-error-text]').textContent = errorText(message);
    $('[data-ex-error-where]').textContent = pos ? t('explore.error.position', lang, { line: pos.line, column: pos.column }) : '';
    const goto = $<HTMLButtonElement>('[data-ex-error-goto]');
    goto.hidden = !pos;
    goto.onclick = pos ? () => editor.markError(pos.offset, errorText(message), true) : null;
    errorBox.dataset.offset = pos ? String(pos.offset) : '';
    editor.markError(pos ? pos.offset : null, errorText(message));
  }

  async function execute(sql: string): Promise<void> {
    const mine = ++generation;
    if (!sql.trim()) { setStatus(t('explore.status.empty', lang)); return; }
    await cancelQuery();
    errorBox.hidden = true;
    editor.markError(null);
    cancelButton.hidden = false;
    runButton.disabled = true;
    root.dataset.state = 'running';
    const firstRun = !engineStarted();
    setStatus(t(firstRun ? 'explore.status.loading' : 'explore.status.running', lang));
    try {
      const next = await runQuery(sql, cap);
      if (mine !== generation) return;
      // The first run reads the catalogue; a query that creates or drops a table changes it.
      if (firstRun || /\b(create|drop|alter)\b/i.test(sql)) void refreshSchema();
      show(next, sql);
      root.dataset.state = 'done';
    } catch (e) {
      if (mine !== generation) return;
      progress.hidden = true;
      if (e instanceof QueryCancelled) {
        setStatus(t('explore.status.cancelled', lang));
        root.dataset.state = 'cancelled';
      } else if (!engineStarted()) {
        setStatus(t('explore.status.engineFailed', lang, { message: e instanceof Error ? e.message : String(e) }));
        root.dataset.state = 'failed';
      } else {
        setStatus('');
        showError(e instanceof Error ? e.message : String(e), sql);
        root.dataset.state = 'error';
      }
    } finally {
      if (mine === generation) { cancelButton.hidden = true; runButton.disabled = false; }
    }
  }

  function show(next: QueryResult, sql: string): void {
    result = next;
    resultSql = sql;
    output.hidden = false;
    setStatus(t('explore.status.done', lang, { rows: formatNumber(next.rows.length, lang, 0), ms: formatNumber(next.ms, lang, 0) }));
    cappedNote.hidden = !next.capped;
    cappedNote.textContent = next.capped ? t('explore.capped', lang, { cap: formatNumber(cap, lang, 0) }) : '';
    empty.hidden = next.rows.length > 0;
    table.show(next);
    void import('../../charts/quick-chart.ts').then(({ quickChoices }) => {
      if (result !== next) return;
      choices = quickChoices(next);
      for (const option of chartKind.options) option.disabled = option.value !== '' && !choices.some((c) => c.kind === option.value);
      chartKind.value = choices[0]?.kind ?? '';
      void drawChart();
    });
  }

  /** The labels of the coded columns' codes, read from the engine's labels table once (a result means it is open). */
  let labels: Promise<Label[]> | null = null;
  async function chartWords(): Promise<QuickWords> {
    const { CODED_DOMAINS, quickWords } = await import('./words.ts');
    // (on the reading connection: the reader's next query may already be streaming on the explorer's own)
    labels ??= readingConnection()
      .then((conn) => conn.query(`SELECT domain, code, zh, en FROM labels WHERE domain IN (${CODED_DOMAINS.map((d) => `'${d}'`).join(', ')})`))
      .then((table) => table.toArray().map((r) => (r as { toJSON(): Label }).toJSON()))
      .catch(() => []);
    return quickWords(await labels, payload.columnWords, lang);
  }

  async function drawChart(): Promise<void> {
    const current = result;
    const choice = choices.find((c) => c.kind === chartKind.value as QuickKind);
    chartNone.hidden = !current || current.rows.length === 0 || choices.length > 0;
    chartFigure.hidden = !choice;
    root.dataset.chart = choice?.kind ?? '';
    if (!current || !choice) return;
    const [Plot, { quickPlot }, { asImage }, { placeTexts }, words] = await Promise.all([
      import('@observablehq/plot'), import('../../charts/quick-chart.ts'), import('../../charts/plot-aria.ts'), import('../../charts/plot-text.ts'), chartWords(),
    ]);
    if (result !== current) return;
    const plotBox = $<HTMLElement>('[data-ex-chart-plot]');
    const width = Math.max(280, Math.min(900, plotBox.clientWidth || 640));
    const [x, y] = [words.column(choice.x), words.column(choice.y)];
    const caption = choice.series
      ? t('explore.chart.captionSeries', lang, { x, y, series: words.column(choice.series) })
      : t('explore.chart.caption', lang, { x, y });
    const drawing = Plot.plot(quickPlot(current, choice, lang, width, words));
    placeTexts(drawing);
    asImage(drawing, `${t(`explore.chart.${choice.kind}`, lang)}: ${caption}`);
    plotBox.replaceChildren(drawing);
    $('[data-ex-chart-caption]').textContent = caption;
  }
  chartKind.addEventListener('change', () => void drawChart());

  async function download(format: string): Promise<void> {
    if (!result) return;
    const exports = await import('../../share/result-export.ts');
    const [body, type] = format === 'csv' ? [exports.resultCsv(result), 'text/csv;charset=utf-8']
      : format === 'json' ? [exports.resultJson(result, resultSql, payload.dataVersion), 'application/json']
      : [exports.resultParquet(result), 'application/vnd.apache.parquet'];
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `query-${payload.dataVersion.slice(0, 8)}.${format}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-ex-download]')) b.addEventListener('click', () => void download(b.dataset.exDownload!));

  /** Runs the editor's query, recording it in the URL (a new history entry when it differs from the current one). */
  async function run(): Promise<void> {
    const sql = editor.text();
    const params = writeSql(new URLSearchParams(location.search), sql);
    if (readSql(new URLSearchParams(location.search)) !== readSql(params)) {
      history.pushState(null, '', `${location.pathname}?${params}${location.hash}`);
    }
    await execute(sql);
  }

  runButton.addEventListener('click', () => void run());
  cancelButton.addEventListener('click', () => { void cancelQuery(); });

  function fromUrl(): void {
    const sql = readSql(new URLSearchParams(location.search));
    if (sql === null) {
      generation++;
      void cancelQuery();
      output.hidden = true;
      errorBox.hidden = true;
      result = null;
      table.clear();
      setStatus('');
      return;
    }
    editor.setText(sql);
    void execute(sql);
  }
  window.addEventListener('popstate', fromUrl);
  // a Parquet file loaded as a table: its first rows are shown at once
  initParquetPanel(root, lang, (name) => {
    editor.setText(`SELECT * FROM ${name} LIMIT 100;`);
    void run();
  });
  if (readSql(new URLSearchParams(location.search)) !== null) fromUrl();
  root.dataset.ready = '';
}
