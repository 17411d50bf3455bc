/** JSON download: the rows drawn (table columns + unit + source id) with what a reader needs to cite them. */
import { t } from '../i18n/index.ts';
import type { ChartSnapshot } from './snapshot.ts';

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
  sources: { id: string; title: string; publisher: string; url: string | null }[];
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
    if (row.source_id !== undefined) out.source_id = row.source_id;
    return out;
  });
  const used = new Set(rows.map((r) => r.source_id).filter((id) => typeof id === 'string'));
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
    sources: sources.map(({ id, title, publisher, url }) => ({ id, title, publisher, url })),
  };
}

export function chartJsonText(s: ChartSnapshot): string {
  return JSON.stringify(chartJson(s), null, 2) + '\n';
}
