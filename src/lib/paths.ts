/**
 * Every site-relative address, in one place: pages in either language (Chinese at /, English at /en/), embeds, the
 * Sources page anchors and data files, all under the site's base path (Astro's `base`, e.g. /chwd/ on a GitHub
 * Pages project site). Pure: the same in the site build, the browser and Node tests.
 */
import type { Lang } from '../contract/schema.ts';

/** The base path with a trailing slash ('/' by default); Vite fills in import.meta.env in the build and the browser. */
export const BASE: string = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path under the base: sitePath('data/x.csv') → '/chwd/data/x.csv'. */
export function sitePath(path: string): string {
  return BASE + path.replace(/^\//, '');
}

const langPrefix = (lang: Lang) => (lang === 'en' ? 'en/' : '');

/** The route of a page (its content file's name; 'index' is the home page) without the base: '', 'training', 'en/training'. */
export function pageRoute(page: string, lang: Lang): string {
  return `${langPrefix(lang)}${page === 'index' ? '' : page}`.replace(/\/$/, '');
}

/** Path of a page in a language, always with a trailing slash. */
export function pagePath(page: string, lang: Lang): string {
  const route = pageRoute(page, lang);
  return sitePath(route ? `${route}/` : '');
}

export function embedRoute(chartId: string, lang: Lang): string {
  return `${langPrefix(lang)}embed/${chartId}`;
}

/** The chromeless page of one chart, for iframes. */
export function embedPath(chartId: string, lang: Lang): string {
  return sitePath(`${embedRoute(chartId, lang)}/`);
}

/** A chart's social-card image (src/pages/cards/[lang]/[chart].png.ts). */
export function cardPath(chartId: string, lang: Lang): string {
  return sitePath(`cards/${lang}/${chartId}.png`);
}

/** A source's entry on the Sources page. */
export function sourceHref(sourceId: string, lang: Lang): string {
  return `${pagePath('sources', lang)}#source-${encodeURIComponent(sourceId)}`;
}

/** A published data file (public/data/<name>). */
export function dataPath(file: string): string {
  return sitePath(`data/${file}`);
}

/** The language of a site path (English under /en/). */
export function langOfPath(pathname: string): Lang {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  return rest === 'en' || rest.startsWith('en/') ? 'en' : 'zh';
}

/** The page a site path shows (its content file's name; 'index' for the home page). */
export function pageOfPath(pathname: string): string {
  const rest = (pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '')).replace(/^en(\/|$)/, '');
  return rest.replace(/\/$/, '') || 'index';
}
