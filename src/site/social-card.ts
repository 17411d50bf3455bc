/**
 * Social-card images (Open Graph / Twitter): each chart's default view with its title and subtitle, as a
 * 1200×630 PNG, so a shared link to a chart's page or embed previews as the chart. The same layout as the
 * "Download image" tool (src/share/image-layout.ts), rasterised at build time by resvg. Text uses the machine's
 * fonts: Chinese cards need a CJK font such as Noto Sans CJK (Debian/Ubuntu: fonts-noto-cjk; docs/deploy.md).
 * Rasterising costs a few hundred milliseconds a card (mostly reading the large CJK font files), so each PNG is kept
 * in node_modules/.cache by the hash of its SVG: a second build (another base path) or an unchanged chart costs nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ChartDefinition } from '../charts/definition.ts';
import { renderPlotNode } from '../charts/frame-html.ts';
import { PRERENDER_WIDTHS } from '../charts/prerender.ts';
import { serverDocument } from '../charts/frame-inputs.ts';
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { nodeRunner } from '../queries/node.ts';
import { composeImageSvg, type SvgPart } from '../share/image-layout.ts';

export const CARD = { width: 1200, height: 630 } as const;
/** The full column's width: the card shows the chart as a reader on a wide screen sees it. */
const WIDTH = PRERENDER_WIDTHS[PRERENDER_WIDTHS.length - 1];
const COLOURS = { background: '#ffffff', foreground: '#1b1f24', muted: '#57606a' };
const FONTS = 'Noto Sans CJK SC, PingFang SC, Microsoft YaHei, DejaVu Sans, sans-serif';
/** Where the fonts named above usually are; reading only these is much faster than scanning every system font. */
const FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/System/Library/Fonts/PingFang.ttc', 'C:\\Windows\\Fonts\\msyh.ttc', 'C:\\Windows\\Fonts\\msyhbd.ttc',
].filter((f) => existsSync(f));
// (From the project folder, where every build runs: this module's own address moves when it is bundled.)
const CACHE = resolve('node_modules/.cache/social-cards');

/** The plot's own SVG (the last one: legends come first), standalone, with page-only colours made literal. */
function plotSvg(def: ChartDefinition, rows: Awaited<ReturnType<ReturnType<typeof nodeRunner>['query']>>, lang: Lang): SvgPart {
  const node = renderPlotNode(def, rows, def.defaults, { lang, width: WIDTH, theme: 'light' }, serverDocument());
  const svg = node.tagName.toLowerCase() === 'svg' ? node : [...node.querySelectorAll('svg')].pop()!;
  const [, , width, height] = (svg.getAttribute('viewBox') ?? `0 0 ${WIDTH} 400`).split(/\s+/).map(Number);
  for (const attr of ['width', 'height', 'style', 'class']) svg.removeAttribute(attr);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Page CSS variables mean nothing in a standalone file: their fallbacks (or the card's background) instead.
  const markup = svg.outerHTML.replace(/var\(--[\w-]+,\s*([^)]+)\)/g, '$1').replace(/var\(--plot-background\)/g, COLOURS.background);
  return { markup, width: width!, height: height! };
}

/** The composed image centred on a canvas of the card's proportions. */
export function cardSvg(composed: { svg: string; width: number; height: number }): string {
  const ratio = CARD.width / CARD.height;
  const w = Math.max(composed.width, composed.height * ratio);
  const h = w / ratio;
  const x = -(w - composed.width) / 2;
  const y = -(h - composed.height) / 2;
  return composed.svg.replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*" viewBox="[^"]*"/,
    `<svg$1 width="${CARD.width}" height="${CARD.height}" viewBox="${x} ${y} ${w} ${h}"`,
  );
}

export async function socialCardPng(def: ChartDefinition, lang: Lang): Promise<Buffer> {
  const { name, params } = def.query(def.defaults);
  const rows = await nodeRunner().query(name, params);
  const composed = composeImageSvg({
    blocks: [{ kind: 'svg', ...plotSvg(def, rows, lang) }],
    title: def.title[lang],
    subtitle: def.subtitle(def.defaults, lang),
    source: '',
    credit: t('site.name', lang),
    ...COLOURS,
    fontFamily: FONTS,
  });
  const svg = cardSvg(composed);
  const cached = join(CACHE, `${createHash('sha256').update(svg).update(FONT_FILES.join()).digest('hex').slice(0, 32)}.png`);
  const hit = await readFile(cached).catch(() => null);
  if (hit) return hit;
  const png = Buffer.from(new Resvg(svg, {
    background: COLOURS.background,
    fitTo: { mode: 'width', value: CARD.width },
    font: FONT_FILES.length ? { loadSystemFonts: false, fontFiles: FONT_FILES } : { loadSystemFonts: true },
  }).render().asPng());
  await mkdir(CACHE, { recursive: true });
  await writeFile(cached, png);
  return png;
}
