/**
 * Layout of the downloadable chart image: title, subtitle, the chart, source line and site name in one
 * standalone SVG document (also the source of the PNG). Pure string building so it is testable without a DOM.
 */

/** Approximate advance of a character in em: CJK and full-width forms are square, Latin about half. */
function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0xffef) return 1;
  if (/[A-Z0-9MW@%]/.test(ch)) return 0.65;
  if (ch === ' ') return 0.3;
  return 0.55;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

/** Greedy wrap at spaces (Latin) or between any two CJK characters; long words are broken anyway. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(token) ? '' : token;
    } else {
      line = candidate;
    }
    while (textWidth(line.trimEnd(), fontSize) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), fontSize) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A standalone <svg> (colours resolved, no width/height attributes) with its size. */
export interface SvgPart { markup: string; width: number; height: number }
/** What the chart figure holds, in order: SVGs (plot, colour ramps) and rows of legend swatches. */
export type ImageBlock =
  | ({ kind: 'svg' } & SvgPart)
  | { kind: 'swatches'; items: (SvgPart & { label: string })[] };

export interface ImageFrame {
  blocks: ImageBlock[];
  title: string;
  subtitle: string;
  source: string;
  credit: string;
  background: string;
  foreground: string;
  muted: string;
  fontFamily: string;
}

const PAD = 16;
const GAP = 8;
const TITLE = { size: 20, lead: 26 };
const SUB = { size: 14, lead: 19 };
const SMALL = { size: 12, lead: 16 };
const SWATCH = { size: 12, lead: 20, gap: 6, spacing: 16 };

export interface ComposedImage { svg: string; width: number; height: number }

function placed(part: SvgPart, x: number, y: number): string {
  return part.markup.replace(
    /^<svg\b/,
    `<svg x="${x}" y="${y}" width="${part.width}" height="${part.height}" preserveAspectRatio="xMinYMin meet"`,
  );
}

export function composeImageSvg(f: ImageFrame): ComposedImage {
  const contentWidth = Math.max(200, ...f.blocks.map((b) => (b.kind === 'svg' ? b.width : 0)));
  const width = Math.round(contentWidth + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, style: { size: number; lead: number }, fill: string, weight = 'normal') => {
    for (const line of wrapText(text, inner, style.size)) {
      y += style.lead;
      parts.push(
        `<text x="${PAD}" y="${y - (style.lead - style.size) / 2 - 2}" font-size="${style.size}" font-weight="${weight}" fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
      );
    }
  };
  block(f.title, TITLE, f.foreground, 'bold');
  block(f.subtitle, SUB, f.muted);
  y += GAP;
  for (const b of f.blocks) {
    if (b.kind === 'svg') {
      parts.push(placed(b, PAD, y));
      y += b.height + GAP;
      continue;
    }
    // Legend swatches flow left to right and wrap, like the on-screen legend.
    let x = PAD;
    for (const item of b.items) {
      const w = item.width + SWATCH.gap + textWidth(item.label, SWATCH.size);
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += SWATCH.lead;
      }
      parts.push(placed(item, x, y + (SWATCH.lead - item.height) / 2));
      parts.push(
        `<text x="${x + item.width + SWATCH.gap}" y="${y + SWATCH.lead / 2 + SWATCH.size * 0.35}" font-size="${SWATCH.size}" fill="${escapeXml(f.foreground)}">${escapeXml(item.label)}</text>`,
      );
      x += w + SWATCH.spacing;
    }
    y += SWATCH.lead + GAP;
  }
  block(f.source, SMALL, f.muted);
  block(f.credit, SMALL, f.muted, 'bold');
  const height = Math.round(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(f.fontFamily)}" style="color:${escapeXml(f.foreground)}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(f.background)}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}
