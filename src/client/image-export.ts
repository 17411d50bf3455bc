/**
 * Browser-only: turn the chart's live <svg> into a standalone SVG file and a 2× PNG with title, source line
 * and site name drawn in. Colours given through CSS variables or page stylesheets are resolved to literal
 * values first, because a downloaded file (or an <img> drawn onto a canvas) sees no page CSS.
 */
import { composeImageSvg, type ComposedImage, type ImageBlock, type SvgPart } from '../share/image-layout.ts';
import { EXPORT_STYLE } from '../charts/plot-style.ts';
import { isAhead } from './ahead.ts';

const PAINT_ATTRS = ['fill', 'stroke', 'color', 'stop-color'] as const;

/** Copy of the chart SVG with colours resolved and its own size attributes removed (the layout sets them). */
export function standaloneSvg(svg: SVGSVGElement): SvgPart {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const width = viewBox && viewBox.width ? viewBox.width : box.width;
  const height = viewBox && viewBox.height ? viewBox.height : box.height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll<SVGElement>('*')];
  const copies = [clone, ...clone.querySelectorAll<SVGElement>('*')];
  originals.forEach((orig, i) => {
    const copy = copies[i]!;
    const computed = getComputedStyle(orig);
    for (const attr of PAINT_ATTRS) {
      const value = orig.getAttribute(attr);
      if (value && (value.includes('var(') || value === 'currentColor')) {
        copy.setAttribute(attr, attr === 'color' ? computed.color : computed.getPropertyValue(attr) || computed.color);
      }
    }
    const style = orig.getAttribute('style');
    if (style && style.includes('var(')) {
      copy.setAttribute('style', style.replace(/([a-z-]+)\s*:\s*[^;]*var\([^;]*/g, (_m, prop: string) =>
        `${prop}:${computed.getPropertyValue(prop)}`));
    }
  });
  // The drawing's labels are styled by the site's stylesheet, which the file does not have.
  if (clone.querySelector('text')) {
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = EXPORT_STYLE;
    clone.prepend(style);
  }
  for (const attr of ['width', 'height', 'style']) clone.removeAttribute(attr);
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

export interface ImageText { title: string; subtitle: string; source: string; credit: string }

/**
 * The figure's content in order: Plot returns either a bare <svg> or a <figure> with legends (swatch rows
 * and colour-ramp SVGs) before the plot SVG.
 */
function blocksOf(figure: Element): ImageBlock[] {
  const blocks: ImageBlock[] = [];
  const visit = (el: Element) => {
    if (isAhead(el)) return; // a drawing made ahead, not on screen (src/client/ahead.ts)
    if (el instanceof SVGSVGElement) {
      blocks.push({ kind: 'svg', ...standaloneSvg(el) });
    } else if (/-swatches\b/.test(el.getAttribute('class') ?? '')) {
      const items = [...el.querySelectorAll(':scope > [class$="-swatch"]')].flatMap((sw) => {
        const svg = sw.querySelector('svg');
        return svg ? [{ ...standaloneSvg(svg), label: sw.textContent?.trim() ?? '' }] : [];
      });
      if (items.length) blocks.push({ kind: 'swatches', items });
    } else {
      for (const child of el.children) visit(child);
    }
  };
  visit(figure);
  return blocks;
}

/** Compose the downloadable SVG from the chart figure, using its current on-screen colours and font. */
export function chartImageSvg(figure: HTMLElement, text: ImageText): ComposedImage {
  const style = getComputedStyle(figure);
  const page = getComputedStyle(document.body);
  const background = [style.backgroundColor, page.backgroundColor].find((c) => c && c !== 'rgba(0, 0, 0, 0)') ?? '#ffffff';
  const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim() || style.color;
  return composeImageSvg({
    blocks: blocksOf(figure),
    ...text,
    background,
    foreground: style.color,
    muted,
    fontFamily: style.fontFamily,
  });
}

/** Rasterise at `scale`× through an <img> of a blob: URL (same origin, so the canvas stays readable). */
export async function svgToPng(image: ComposedImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d context unavailable');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
