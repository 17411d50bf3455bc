/** /cards/<lang>/<chart>.png: each chart's social-card image (src/site/social-card.ts), in both languages. */
import type { APIRoute } from 'astro';
import { CHARTS, chartById } from '../../../charts/registry.ts';
import type { Lang } from '../../../contract/schema.ts';
import { LANGS } from '../../../i18n/index.ts';
import { socialCardPng } from '../../../site/social-card.ts';

export function getStaticPaths() {
  return CHARTS.flatMap((c) => LANGS.map((lang) => ({ params: { lang, chart: c.id } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await socialCardPng(chartById(params.chart!), params.lang as Lang)), { headers: { 'Content-Type': 'image/png' } });
