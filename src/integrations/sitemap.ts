/**
 * sitemap.xml and robots.txt for search engines: every page in both languages at its absolute address, each with its
 * language alternates (the same hreflang set the pages' <head> carries, src/layouts/Base.astro). Embeds are left
 * out (noindex: indexed only inside the pages that embed them). Written only when the site's address is known (SITE_URL, docs/deploy.md).
 */
import type { Lang } from '../contract/schema.ts';
import { LANGS, locale } from '../i18n/index.ts';
import { pageRoute } from '../lib/paths.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Absolute address of a route under the base ('' is the home page). */
export function routeUrl(site: string, base: string, route: string): string {
  return new URL(`${base}${route ? `${route}/` : ''}`, site).href;
}

export function sitemapXml(site: string, base: string, pageIds: string[]): string {
  const url = (id: string, lang: Lang) => routeUrl(site, base, pageRoute(id, lang));
  const entries = pageIds.flatMap((id) => LANGS.map((lang) => [
    '  <url>',
    `    <loc>${xml(url(id, lang))}</loc>`,
    ...LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${locale(l)}" href="${xml(url(id, l))}"/>`),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(url(id, 'zh'))}"/>`,
    '  </url>',
  ].join('\n')));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: string, base: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${new URL(`${base}sitemap.xml`, site).href}\n`;
}
