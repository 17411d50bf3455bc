/**
 * The page table: every page of the site, read from src/content/pages (one MDX file per page and language), with
 * the charts that say they belong on it. Routes for both languages, the navigation, embed pages and the "full view"
 * links of charts all come from here. Build time only (it reads Astro's content collection).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChartDefinition } from '../charts/definition.ts';
import { CHARTS } from '../charts/registry.ts';
import type { Lang } from '../contract/schema.ts';
import { LANGS } from '../i18n/index.ts';

export interface Page {
  /** The content file's name: the route ('index' = home). */
  id: string;
  order: number;
  entry: Record<Lang, CollectionEntry<'pages'>>;
  /** Charts on the page, in order. */
  charts: ChartDefinition[];
}

async function load(): Promise<Page[]> {
  const entries = await getCollection('pages');
  const ids = [...new Set(entries.map((e) => e.id.split('/')[1]!))];
  const pages = ids.map((id): Page => {
    const entry = Object.fromEntries(LANGS.map((lang) => {
      const e = entries.find((x) => x.id === `${lang}/${id}`);
      if (!e) throw new Error(`src/content/pages/${lang}/${id}.mdx is missing: every page needs a file in each language`);
      if (e.data.order !== entries.find((x) => x.id === `zh/${id}`)?.data.order) throw new Error(`src/content/pages/${lang}/${id}.mdx: order differs from the Chinese page`);
      return [lang, e];
    })) as Record<Lang, CollectionEntry<'pages'>>;
    return { id, order: entry.zh.data.order, entry, charts: CHARTS.filter((c) => c.page === id).sort((a, b) => a.order - b.order) };
  });
  for (const c of CHARTS) if (!ids.includes(c.page)) throw new Error(`chart ${c.id}: no page "${c.page}" in src/content/pages`);
  return pages.sort((a, b) => a.order - b.order);
}

let table: Promise<Page[]> | null = null;
/** All pages, in navigation order (checked once: both languages, and every chart's page exists). */
export function pages(): Promise<Page[]> {
  table ??= load();
  return table;
}
