/** Shared by the chart tests: render a chart definition on the server, and read what its marks draw. */
import type { ChartDefinition, Row } from '../../../src/charts/definition.ts';
import type { Lang } from '../../../src/contract/schema.ts';
import { renderPlotHtml } from '../../../src/charts/frame-html.ts';
import { serverDocument } from '../../../src/charts/frame-inputs.ts';

export function render(def: unknown, rows: Row[], lang: Lang = 'en', state?: Record<string, string | number>): string {
  const d = def as ChartDefinition;
  return renderPlotHtml(d, rows, state ?? d.defaults, { lang, width: 640, theme: 'light' }, serverDocument());
}

/** Paths of the line mark(s) in rendered SVG (the frame strips Plot's aria-labels; line groups are the unfilled
 *  round-joined ones). */
export function linePaths(html: string): string[] {
  const groups = [...html.matchAll(/<g[^>]*stroke-linejoin="round"[^>]*fill="none"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => m[1] ?? '');
  return groups.flatMap((g) => g.match(/ d="[^"]*"/g) ?? []);
}

/** Data arrays of the marks in Plot options (what each mark draws). */
export function markData(options: { marks?: unknown[] }): unknown[][] {
  return (options.marks ?? []).flat(Infinity as 1).map((m) => (m as { data?: unknown[] }).data ?? []).filter((d) => Array.isArray(d));
}

/** Like render, at a given width. */
export function renderAt(def: unknown, rows: Row[], lang: Lang, width: number): string {
  const d = def as ChartDefinition;
  return renderPlotHtml(d, rows, d.defaults, { lang, width, theme: 'light' }, serverDocument());
}

/** The rows each text mark in Plot options labels, with the mark's placement (dx, dy, textAnchor). */
export function textLabels(options: { marks?: unknown[] }): { row: Row; dx: number; dy: number; textAnchor: string }[] {
  return (options.marks ?? []).flat(Infinity as 1)
    .filter((m) => (m as { ariaLabel?: string }).ariaLabel === 'text')
    .flatMap((m) => {
      const t = m as { data?: Row[]; dx: number; dy: number; textAnchor?: string };
      // Plot keeps textAnchor only when it differs from the implied 'middle'.
      return (t.data ?? []).map((row) => ({ row, dx: t.dx, dy: t.dy, textAnchor: t.textAnchor ?? 'middle' }));
    });
}
