/**
 * JSON download: the rows drawn (table columns + unit, the qualifier printed with each value and its original
 * publication) with what a reader needs to cite them: every original publication and the copies it was read from.
 * Internal source ids are not part of it.
 */
import { t } from '../i18n/index.ts';
import { byOriginal, copyKind, copyName, originalCitation } from '../lib/source-text.ts';
import { type ChartSnapshot, sourcesOfRow } from './snapshot.ts';

export interface ChartJson {
  site: string;
  chart: string;
  title: string;
  subtitle: string;
  lang: string;
  state: Record<string, string | number>;
  data_version: string;
  permalink: string;
  columns: { key: string; label: string; format: string }[];
  rows: Record<string, unknown>[];
  sources: {
    original: string; publisher: string | null; title: string | null; title_en: string | null; date: string | null; section: string | null;
    read_from: { copy: string; kind: string; url: string | null }[];
  }[];
}

/** JSON-safe value: DuckDB BIGINTs become numbers, missing values null. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  return v ?? null;
}

export function chartJson(s: ChartSnapshot): ChartJson {
  const keys = s.columns.map((c) => c.key);
  const rows = s.rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      out[k] = plain(row[k]);
      const label = row[`${k}_${s.lang}`];
      if (label !== undefined && label !== row[k]) out[`${k}_label`] = plain(label);
    }
    if (row.unit !== undefined) out.unit = row.unit;
    if (row.qualifier !== undefined) { out.qualifier = plain(row.qualifier); out.qualifier_printed = plain(row.qualifier_printed); }
    if (typeof row.source_id === 'string') out.source = [...new Set(sourcesOfRow(row, s.sources).map((src) => originalCitation(src, s.lang)))].join('; ');
    return out;
  });
  const used = new Set(s.rows.map((r) => r.source_id).filter((id) => typeof id === 'string'));
  const sources = s.sources.filter((src) => used.size === 0 || used.has(src.id));
  return {
    site: t('site.name', s.lang),
    chart: s.chartId,
    title: s.title,
    subtitle: s.subtitle,
    lang: s.lang,
    state: { ...s.defaults, ...s.state },
    data_version: s.dataVersion,
    permalink: s.permalink,
    columns: s.columns.map((c) => ({ key: c.key, label: c.label[s.lang], format: c.format ?? 'text' })),
    rows,
    sources: byOriginal(sources).map(({ original, copies }) => ({
      original: originalCitation(original, s.lang), publisher: original.original_publisher, title: original.original_title,
      title_en: original.original_title_en, date: original.original_date, section: original.original_locator,
      read_from: copies.map((c) => ({ copy: copyName(c, s.lang), kind: copyKind(c, s.lang), url: c.url })),
    })),
  };
}

export function chartJsonText(s: ChartSnapshot): string {
  return JSON.stringify(chartJson(s), null, 2) + '\n';
}
