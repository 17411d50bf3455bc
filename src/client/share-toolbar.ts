/**
 * Browser behaviour of every chart's share toolbar: download menu, embed and cite dialogs, and the keyboard
 * path through the chart's data points. It works on the chart section's state and the rows it has drawn
 * (chart-section.ts), so it always exports exactly what is on screen.
 */
import type { ChartDefinition } from '../charts/definition.ts';
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { sitePath } from '../lib/paths.ts';
import { citation, citationBibtex, licenceStatement, originalSources } from '../share/citation.ts';
import { chartCsv } from '../share/csv.ts';
import { embedSnippet, embedUrl, type EmbedTheme } from '../share/embed-snippet.ts';
import { chartJsonText } from '../share/json-export.ts';
import { announceMark, buildMarkIndex, moveMark, rowAt, type MarkIndex, type MarkPos } from '../share/mark-nav.ts';
import { markPosition, type ScaleLike } from '../share/mark-position.ts';
import { type ChartSnapshot, type ShareMeta, sourceLine } from '../share/snapshot.ts';
import type { Row } from '../contract/rows.ts';
import { ChartSection } from './chart-section.ts';
import { visibleDrawing, visiblePlot } from './drawing.ts';
import { sameState } from '../lib/url-state.ts';
import { effectiveTheme } from './theme.ts';

let meta: Promise<ShareMeta> | null = null;
function loadMeta(): Promise<ShareMeta> {
  meta ??= fetch(new URL(sitePath('share/meta.json'), window.location.href)).then((r) => {
    if (!r.ok) throw new Error(`share meta: HTTP ${r.status}`);
    return r.json() as Promise<ShareMeta>;
  });
  return meta;
}

/** Chart definitions (and with them Plot) load on first use, not with the page. */
function loadDef(id: string): Promise<ChartDefinition> {
  return import('../charts/loader.ts').then((m) => m.loadChart(id));
}

/** Everything the exports need about the view on screen: the rows drawn for the state the controls show. */
async function snapshot(chart: ChartSection): Promise<ChartSnapshot> {
  const { lang } = chart;
  const state = chart.readControls();
  const [def, m] = await Promise.all([loadDef(chart.id), loadMeta()]);
  if (!sameState(chart.rowsState, state)) throw new Error(`${def.id}: rows of the current view are not available yet`);
  return {
    chartId: def.id, lang, title: def.title[lang], subtitle: def.subtitle(state, lang), state, defaults: chart.defaults,
    columns: def.table(state), rows: chart.rows, sources: m.sources, dataVersion: m.dataVersion, permalink: chart.permalink(lang, state),
  };
}

function download(blob: Blob, filename: string): void {
  void import('./image-export.ts').then((m) => m.downloadBlob(blob, filename));
}

async function exportAs(chart: ChartSection, format: string): Promise<void> {
  const s = await snapshot(chart);
  const base = s.chartId;
  if (format === 'csv') return download(new Blob([chartCsv(s)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
  if (format === 'json') return download(new Blob([chartJsonText(s)], { type: 'application/json' }), `${base}.json`);
  const drawing = visibleDrawing(chart.figure);
  if (!drawing.querySelector('svg')) throw new Error(`${s.chartId}: no chart SVG to export`);
  const images = await import('./image-export.ts');
  const image = images.chartImageSvg(drawing, {
    title: s.title, subtitle: s.subtitle, source: sourceLine(s), credit: `${t('site.name', s.lang)} · ${s.permalink}`,
  });
  if (format === 'svg') {
    return images.downloadBlob(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`);
  }
  images.downloadBlob(await images.svgToPng(image, 2), `${base}.png`);
}

// ───────────────────────────── download menu ─────────────────────────────

function wireMenu(chart: ChartSection, toolbar: HTMLElement, lang: Lang): void {
  const button = toolbar.querySelector<HTMLButtonElement>('[data-share-menu-button]')!;
  const list = toolbar.querySelector<HTMLElement>('[role="menu"]')!;
  const items = [...list.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const status = toolbar.querySelector<HTMLElement>('[data-share-status]')!;
  const open = (focus: number) => {
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items[(focus + items.length) % items.length]!.focus();
  };
  const close = (returnFocus: boolean) => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  };
  button.addEventListener('click', () => (list.hidden ? open(0) : close(false)));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowDown' ? 0 : -1);
    }
  });
  list.addEventListener('keydown', (e) => {
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (j: number) => items[(j + items.length) % items.length]!.focus();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') return close(false);
    else return;
    e.preventDefault();
  });
  toolbar.addEventListener('focusout', (e) => {
    if (!list.hidden && !list.contains(e.relatedTarget as Node) && e.relatedTarget !== button) close(false);
  });
  document.addEventListener('pointerdown', (e) => {
    if (!list.hidden && !list.contains(e.target as Node) && !button.contains(e.target as Node)) close(false);
  });
  for (const item of items) {
    item.addEventListener('click', () => {
      close(true);
      status.textContent = t('share.downloading', lang);
      exportAs(chart, item.dataset.shareFormat!)
        .then(() => { status.textContent = ''; })
        .catch((err: unknown) => {
          status.textContent = t('share.downloadFailed', lang);
          console.error(err);
        });
    });
  }
}

// ───────────────────────────── dialogs ─────────────────────────────

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function wireCopy(dialog: HTMLDialogElement, lang: Lang): void {
  const status = dialog.querySelector<HTMLElement>('[data-copy-status]')!;
  for (const b of dialog.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) {
    b.addEventListener('click', async () => {
      const from = dialog.querySelector<HTMLElement>(`#${CSS.escape(b.dataset.copyFrom!)}`)!;
      const text = from instanceof HTMLTextAreaElement ? from.value : from.textContent ?? '';
      const ok = await copyText(text);
      if (!ok && from instanceof HTMLTextAreaElement) from.select();
      status.textContent = t(ok ? 'share.copied' : 'share.copyFailed', lang);
    });
  }
}

/**
 * Under the citations: the original publications of the figures drawn (each once, with the copies read) and the
 * licence of the compiled dataset. Made here so that every chart's Cite dialog has them, for the view on screen.
 */
function citeOriginals(dialog: HTMLDialogElement, s: ChartSnapshot, lang: Lang): void {
  let box = dialog.querySelector<HTMLElement>('[data-cite-originals]');
  if (!box) {
    box = document.createElement('div');
    box.className = 'share-cite share-cite-originals';
    box.dataset.citeOriginals = '';
    dialog.querySelector('.share-dialog-actions')!.before(box);
  }
  const used = new Set(s.rows.map((r) => r.source_id).filter((id) => typeof id === 'string'));
  const heading = document.createElement('h3');
  heading.textContent = t('share.citeOriginals', lang);
  const list = document.createElement('ul');
  for (const text of originalSources(s.sources.filter((src) => used.has(src.id)), lang)) {
    const li = document.createElement('li');
    li.textContent = text;
    list.append(li);
  }
  const licence = document.createElement('p');
  licence.className = 'share-licence';
  licence.dataset.citeLicence = '';
  licence.textContent = licenceStatement(lang);
  box.replaceChildren(heading, list, licence);
}

function wireDialogs(chart: ChartSection, toolbar: HTMLElement, lang: Lang): void {
  const embedDialog = toolbar.querySelector<HTMLDialogElement>('dialog[data-share-dialog="embed"]')!;
  const citeDialog = toolbar.querySelector<HTMLDialogElement>('dialog[data-share-dialog="cite"]')!;
  const code = embedDialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const preview = embedDialog.querySelector<HTMLAnchorElement>('[data-embed-preview]')!;

  /** The snippet for the view on screen; synchronous, so it is current the moment an option changes. */
  const updateEmbed = () => {
    const theme = (embedDialog.querySelector<HTMLInputElement>('[data-embed-theme]:checked')?.value ?? 'auto') as EmbedTheme;
    const interactive = embedDialog.querySelector<HTMLInputElement>('[data-embed-interactive]')!.checked;
    const options = { origin: window.location.origin, chartId: chart.id, lang, state: chart.state, defaults: chart.defaults, theme, interactive };
    const title = chart.el.querySelector('.chart-title')?.textContent?.trim() ?? chart.id;
    code.value = embedSnippet({ ...options, title });
    preview.href = embedUrl(options);
  };
  embedDialog.addEventListener('change', updateEmbed);

  const updateCite = async () => {
    const s = await snapshot(chart);
    const [def, m] = await Promise.all([loadDef(s.chartId), loadMeta()]);
    // Each language's citation links to the page in that language.
    const input = (l: Lang) => ({ title: def.title, dataVersion: s.dataVersion, builtOn: m.builtOn, permalink: chart.permalink(l, s.state), accessed: new Date() });
    for (const el of citeDialog.querySelectorAll<HTMLElement>('[data-citation]')) {
      const which = el.dataset.citation!;
      el.textContent = which === 'bibtex' ? citationBibtex(input(lang), s.chartId, lang) : citation(input(which as Lang), which as Lang);
    }
    citeOriginals(citeDialog, s, lang);
  };

  for (const opener of toolbar.querySelectorAll<HTMLButtonElement>('[data-share-open]')) {
    const dialog = opener.dataset.shareOpen === 'embed' ? embedDialog : citeDialog;
    opener.addEventListener('click', () => {
      dialog.querySelector<HTMLElement>('[data-copy-status]')!.textContent = '';
      if (dialog === embedDialog) {
        updateEmbed();
        dialog.showModal();
      } else {
        updateCite().then(() => dialog.showModal()).catch((err: unknown) => console.error(err));
      }
    });
    dialog.addEventListener('close', () => opener.focus());
  }
  wireCopy(embedDialog, lang);
  wireCopy(citeDialog, lang);
}

// ───────────────────────────── keyboard path through the marks ─────────────────────────────

interface MarkNav {
  index: MarkIndex; rows: Row[]; pos: MarkPos | null;
  /** The plot's x/y scales, from drawing the same plot() off-screen at the drawn width (for the focus ring). */
  scales: Promise<{ x?: ScaleLike; y?: ScaleLike } | null>;
}

async function plotScales(figure: HTMLElement, s: ChartSnapshot): Promise<{ x?: ScaleLike; y?: ScaleLike } | null> {
  const svg = visiblePlot(figure);
  const width = svg?.viewBox.baseVal?.width;
  if (!width) return null;
  const [Plot, def] = await Promise.all([import('@observablehq/plot'), loadDef(s.chartId)]);
  const plot = Plot.plot({ width, ...def.plot(s.rows, s.state, { lang: s.lang, width, theme: effectiveTheme() }) });
  return { x: plot.scale('x'), y: plot.scale('y') };
}

/** Moves the focus ring onto the mark of this row, or hides it when the row cannot be placed. */
function placeRing(figure: HTMLElement, ring: HTMLElement, at: { x: number; y: number } | null): void {
  const svg = visiblePlot(figure);
  const vb = svg?.viewBox.baseVal;
  if (!at || !svg || !vb?.width || !vb.height) {
    ring.hidden = true;
    return;
  }
  if (!ring.isConnected) figure.append(ring);
  const box = svg.getBoundingClientRect();
  const frame = figure.getBoundingClientRect();
  ring.style.left = `${box.left - frame.left + (at.x * box.width) / vb.width}px`;
  ring.style.top = `${box.top - frame.top + (at.y * box.height) / vb.height}px`;
  ring.hidden = false;
}

function wireMarks(chart: ChartSection, lang: Lang): void {
  const section = chart.el;
  const figure = chart.figure;
  const title = section.querySelector('.chart-title, h1, h2, h3')?.textContent?.trim() ?? '';
  figure.tabIndex = 0;
  figure.dataset.shareMarks = '';
  figure.setAttribute('role', 'application');
  figure.setAttribute('aria-roledescription', t('share.chartRegion', lang));
  figure.setAttribute('aria-label', `${title}. ${t('share.markHint', lang)}`);
  // The generated description, as the chart region's description (the SVG also carries it as its label).
  const description = document.createElement('p');
  description.className = 'share-sr-only';
  description.id = `${section.dataset.chart}-description`;
  const readout = document.createElement('p');
  readout.className = 'share-readout';
  readout.setAttribute('aria-live', 'polite');
  readout.dataset.shareReadout = '';
  figure.after(readout, description);
  figure.setAttribute('aria-describedby', description.id);
  const describe = () => {
    description.textContent = visiblePlot(figure)?.getAttribute('aria-label') ?? '';
  };
  describe();

  const ring = document.createElement('div');
  ring.className = 'share-mark-focus';
  ring.setAttribute('aria-hidden', 'true');
  ring.hidden = true;

  let nav: MarkNav | null = null;
  const reset = () => {
    nav = null;
    readout.textContent = '';
    ring.hidden = true;
    describe();
  };
  section.addEventListener('chart:rendered', reset);
  figure.addEventListener('blur', () => { ring.hidden = true; });

  figure.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    if (e.key === 'Escape') {
      readout.textContent = '';
      ring.hidden = true;
      return;
    }
    if (!keys.includes(e.key)) return;
    e.preventDefault();
    void (async () => {
      const s = await snapshot(chart);
      if (!nav || nav.rows !== s.rows) {
        nav = { index: buildMarkIndex(s.rows, s.columns, lang), rows: s.rows, pos: null, scales: plotScales(figure, s) };
      }
      const current = nav;
      const pos = moveMark(current.index, current.rows, current.pos, e.key);
      if (!pos) return;
      current.pos = pos;
      readout.textContent = announceMark(current.index, current.rows, pos, s.columns, s.sources, lang);
      const scales = await current.scales;
      if (nav === current && current.pos === pos) {
        placeRing(figure, ring, scales && markPosition(current.rows[rowAt(current.index, pos)]!, s.columns, lang, scales));
      }
    })().catch((err: unknown) => console.error(err));
  });
}

// ───────────────────────────── init ─────────────────────────────

function init(): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[data-chart]')) {
    const chart = ChartSection.of(section);
    wireMarks(chart, chart.lang);
    const toolbar = section.querySelector<HTMLElement>('[data-share]');
    if (!toolbar) continue;
    wireMenu(chart, toolbar, chart.lang);
    wireDialogs(chart, toolbar, chart.lang);
  }
}

init();
