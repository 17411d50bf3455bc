/**
 * Browser behaviour of every chart's share toolbar: download menu, embed and cite dialogs, and the keyboard
 * path through the chart's data points. It reads the chart from its section (state, payload rows, rendered
 * SVG) and follows `chart:rendered`, so it always works on exactly what is drawn.
 */
import type { ChartDefinition, ChartState, Row } from '../../charts/types.ts';
import type { Lang } from '../../lib/schema.ts';
import { pagePath } from '../../lib/i18n.ts';
import { sameState, writeState } from '../../lib/url-state.ts';
import { citation, citationBibtex } from '../../lib/share/citation.ts';
import { chartCsv } from '../../lib/share/csv.ts';
import { embedSnippet, embedUrl, type EmbedTheme } from '../../lib/share/embed-snippet.ts';
import { chartJsonText } from '../../lib/share/json-export.ts';
import { announceMark, buildMarkIndex, moveMark, rowAt, type MarkIndex, type MarkPos } from '../../lib/share/mark-nav.ts';
import { markPosition, type ScaleLike } from '../../lib/share/mark-position.ts';
import { type ChartSnapshot, SITE_NAME, type ShareMeta, sourceLine } from '../../lib/share/snapshot.ts';
import { st } from '../../lib/share/strings.ts';
import { effectiveTheme } from '../../lib/share/theme.ts';

let meta: Promise<ShareMeta> | null = null;
function loadMeta(): Promise<ShareMeta> {
  meta ??= fetch(new URL('/share/meta.json', window.location.href)).then((r) => {
    if (!r.ok) throw new Error(`share meta: HTTP ${r.status}`);
    return r.json() as Promise<ShareMeta>;
  });
  return meta;
}

let registry: Promise<ReadonlyMap<string, ChartDefinition>> | null = null;
function loadDef(id: string): Promise<ChartDefinition> {
  registry ??= import('../../charts/registry.ts').then((m) => m.CHART_BY_ID);
  return registry.then((byId) => {
    const def = byId.get(id);
    if (!def) throw new Error(`unknown chart ${id}`);
    return def;
  });
}

/** Rows of the latest render per chart section (from chart:rendered), so non-default views export correctly. */
const renderedRows = new WeakMap<HTMLElement, { state: ChartState; rows: Row[] }>();

function payload(section: HTMLElement): { defaults: ChartState; rows: Row[] } {
  return JSON.parse(section.querySelector('script[data-chart-payload]')!.textContent!) as { defaults: ChartState; rows: Row[] };
}

/** The view asked for: defaults overlaid with what the controls show (they follow the URL). */
function currentState(section: HTMLElement): ChartState {
  const { defaults } = payload(section);
  const state: ChartState = { ...defaults };
  for (const c of section.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-chart-controls] [data-key]')) {
    if (c instanceof HTMLInputElement && c.type === 'radio' && !c.checked) continue;
    const key = c.dataset.key!;
    state[key] = typeof defaults[key] === 'number' ? Number(c.value) : c.value;
  }
  return state;
}

function rowsDrawn(section: HTMLElement, state: ChartState): Row[] | null {
  const rendered = renderedRows.get(section);
  if (rendered && sameState(rendered.state, state)) return rendered.rows;
  const p = payload(section);
  return sameState(p.defaults, state) ? p.rows : null;
}

/** Absolute URL of the chart's full view in this state (chart section anchored). */
function permalink(def: ChartDefinition, lang: Lang, state: ChartState): string {
  const params = writeState({ id: def.id, defaults: def.defaults, allowed: {}, prefixed: true }, state, new URLSearchParams());
  const qs = params.toString();
  return new URL(`${pagePath(def.page, lang)}${qs ? `?${qs}` : ''}#${def.id}`, window.location.href).href;
}

async function snapshot(section: HTMLElement): Promise<ChartSnapshot> {
  const lang = (section.dataset.lang ?? 'zh') as Lang;
  const state = currentState(section);
  const [def, m] = await Promise.all([loadDef(section.dataset.chart!), loadMeta()]);
  const rows = rowsDrawn(section, state);
  if (!rows) throw new Error(`${def.id}: rows of the current view are not available yet`);
  return {
    chartId: def.id, lang, title: def.title[lang], subtitle: def.subtitle(state, lang), state, defaults: def.defaults,
    columns: def.table(state), rows, sources: m.sources, dataVersion: m.dataVersion, permalink: permalink(def, lang, state),
  };
}

function download(blob: Blob, filename: string): void {
  void import('../../lib/share/image-export.ts').then((m) => m.downloadBlob(blob, filename));
}

async function exportAs(section: HTMLElement, format: string): Promise<void> {
  const s = await snapshot(section);
  const base = s.chartId;
  if (format === 'csv') return download(new Blob([chartCsv(s)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
  if (format === 'json') return download(new Blob([chartJsonText(s)], { type: 'application/json' }), `${base}.json`);
  const figure = section.querySelector<HTMLElement>('[data-chart-figure]');
  if (!figure?.querySelector('svg')) throw new Error(`${s.chartId}: no chart SVG to export`);
  const images = await import('../../lib/share/image-export.ts');
  const image = images.chartImageSvg(figure, {
    title: s.title, subtitle: s.subtitle, source: sourceLine(s), credit: `${SITE_NAME[s.lang]} · ${s.permalink}`,
  });
  if (format === 'svg') {
    return images.downloadBlob(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`);
  }
  images.downloadBlob(await images.svgToPng(image, 2), `${base}.png`);
}

// ───────────────────────────── download menu ─────────────────────────────

function wireMenu(section: HTMLElement, toolbar: HTMLElement, lang: Lang): void {
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
      status.textContent = st('downloading', lang);
      exportAs(section, item.dataset.shareFormat!)
        .then(() => { status.textContent = ''; })
        .catch((err: unknown) => {
          status.textContent = st('downloadFailed', lang);
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
      status.textContent = st(ok ? 'copied' : 'copyFailed', lang);
    });
  }
}

function wireDialogs(section: HTMLElement, toolbar: HTMLElement, lang: Lang): void {
  const embedDialog = toolbar.querySelector<HTMLDialogElement>('dialog[data-share-dialog="embed"]')!;
  const citeDialog = toolbar.querySelector<HTMLDialogElement>('dialog[data-share-dialog="cite"]')!;
  const code = embedDialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const preview = embedDialog.querySelector<HTMLAnchorElement>('[data-embed-preview]')!;

  const updateEmbed = async () => {
    const def = await loadDef(section.dataset.chart!);
    const theme = (embedDialog.querySelector<HTMLInputElement>('[data-embed-theme]:checked')?.value ?? 'auto') as EmbedTheme;
    const interactive = embedDialog.querySelector<HTMLInputElement>('[data-embed-interactive]')!.checked;
    const options = {
      origin: window.location.origin, chartId: def.id, lang, state: currentState(section), defaults: def.defaults, theme, interactive,
    };
    code.value = embedSnippet({ ...options, title: def.title[lang] });
    preview.href = embedUrl(options);
  };
  embedDialog.addEventListener('change', () => void updateEmbed());

  const updateCite = async () => {
    const s = await snapshot(section);
    const def = await loadDef(s.chartId);
    // Each language's citation links to the page in that language.
    const input = (l: Lang) => ({ title: def.title, dataVersion: s.dataVersion, permalink: permalink(def, l, s.state), accessed: new Date() });
    for (const el of citeDialog.querySelectorAll<HTMLElement>('[data-citation]')) {
      const which = el.dataset.citation!;
      el.textContent = which === 'bibtex' ? citationBibtex(input(lang), s.chartId, lang) : citation(input(which as Lang), which as Lang);
    }
  };

  for (const opener of toolbar.querySelectorAll<HTMLButtonElement>('[data-share-open]')) {
    const dialog = opener.dataset.shareOpen === 'embed' ? embedDialog : citeDialog;
    opener.addEventListener('click', () => {
      dialog.querySelector<HTMLElement>('[data-copy-status]')!.textContent = '';
      const fill = dialog === embedDialog ? updateEmbed() : updateCite();
      fill.then(() => dialog.showModal()).catch((err: unknown) => console.error(err));
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
  const svg = figure.querySelector<SVGSVGElement>('svg[role="img"]');
  const width = svg?.viewBox.baseVal?.width;
  if (!width) return null;
  const [Plot, def] = await Promise.all([import('@observablehq/plot'), loadDef(s.chartId)]);
  const plot = Plot.plot({ width, ...def.plot(s.rows, s.state, { lang: s.lang, width, theme: effectiveTheme() }) });
  return { x: plot.scale('x'), y: plot.scale('y') };
}

/** Moves the focus ring onto the mark of this row, or hides it when the row cannot be placed. */
function placeRing(figure: HTMLElement, ring: HTMLElement, at: { x: number; y: number } | null): void {
  const svg = figure.querySelector<SVGSVGElement>('svg[role="img"]');
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

function wireMarks(section: HTMLElement, lang: Lang): void {
  const figure = section.querySelector<HTMLElement>('[data-chart-figure]');
  if (!figure) return;
  const title = section.querySelector('.chart-title, h1, h2, h3')?.textContent?.trim() ?? '';
  figure.tabIndex = 0;
  figure.dataset.shareMarks = '';
  figure.setAttribute('role', 'application');
  figure.setAttribute('aria-roledescription', st('chartRegion', lang));
  figure.setAttribute('aria-label', `${title}. ${st('markHint', lang)}`);
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
    description.textContent = figure.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '';
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
      const s = await snapshot(section);
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
    const lang = (section.dataset.lang ?? 'zh') as Lang;
    section.addEventListener('chart:rendered', (e) => {
      const detail = (e as CustomEvent<{ state: ChartState; rows?: Row[] }>).detail;
      if (detail.rows) renderedRows.set(section, { state: detail.state, rows: detail.rows });
    });
    wireMarks(section, lang);
    const toolbar = section.querySelector<HTMLElement>('[data-share]');
    if (!toolbar) continue;
    wireMenu(section, toolbar, lang);
    wireDialogs(section, toolbar, lang);
  }
}

init();
