/**
 * A report's make-up (职称 or 学历 parts as shares of their printed total) drawn as a stacked bar beside the national
 * make-up of the same kind, one bar each. Pure: bars in, Plot options out. Categories keep the words they are
 * printed with; a report's category takes the colour of the national category with the same vocabulary code, so
 * like is beside like, and anything the parts do not cover stays grey ("not broken down"), never spread.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { formatPercent } from '../lib/format.ts';
import { MID_GREY, OKABE_ITO } from '../lib/palette.ts';
import { textWidth } from './marks/labels.ts';
import { HALO, LABEL_SIZE } from './marks/style.ts';

export interface MakeupPart { label: string; code: string | null; share: number; printed: string }
export interface MakeupBar { label: string; parts: MakeupPart[] }

/** Highest level first: the national order of categories, then any the report alone uses. */
const HUES = [OKABE_ITO.blue, OKABE_ITO.skyBlue, OKABE_ITO.bluishGreen, OKABE_ITO.orange, OKABE_ITO.reddishPurple, OKABE_ITO.vermillion, OKABE_ITO.yellow];
const NOT_BROKEN_DOWN = '#e4e4e4';
const ROW = 58;

export function codeColours(bars: MakeupBar[]): Map<string, string> {
  const codes: string[] = [];
  for (const b of [...bars].reverse()) for (const p of b.parts) if (p.code && !codes.includes(p.code)) codes.push(p.code);
  return new Map(codes.map((c, i) => [c, HUES[i % HUES.length]!]));
}

export interface Segment { bar: string; label: string; x1: number; x2: number; fill: string; tip: string }

export function segments(bars: MakeupBar[]): Segment[] {
  const colours = codeColours(bars);
  const out: Segment[] = [];
  for (const b of bars) {
    let x = 0;
    for (const p of b.parts) {
      out.push({ bar: b.label, label: p.label, x1: x, x2: x + p.share, fill: p.code ? colours.get(p.code)! : MID_GREY, tip: `${b.label}\n${p.label}: ${p.printed}` });
      x += p.share;
    }
  }
  return out;
}

const MARGIN = { left: 8, right: 16 };

/** What a segment says inside it: its label and share where both fit, else the share alone, else nothing. */
export function segmentText(s: Segment, pxPerPoint: number, lang: Lang): string {
  const room = (s.x2 - s.x1) * pxPerPoint - 4;
  const share = formatPercent(s.x2 - s.x1, lang);
  const full = `${s.label} ${share}`;
  if (textWidth(full, LABEL_SIZE) <= room) return full;
  return textWidth(share, LABEL_SIZE) <= room ? share : '';
}

export function reportCompositionPlot(bars: MakeupBar[], width: number, lang: Lang): Plot.PlotOptions {
  const segs = segments(bars);
  const domain = bars.map((b) => b.label);
  const max = Math.max(100, ...segs.map((s) => s.x2));
  const pxPerPoint = (width - MARGIN.left - MARGIN.right) / max;
  return {
    width,
    height: bars.length * ROW + 44,
    marginTop: 24,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    x: { domain: [0, max], label: t('reports.compositions.axis', lang), labelAnchor: 'right' },
    y: { domain, axis: null, padding: 0.45 },
    marks: [
      Plot.barX(bars, { y: 'label', x1: 0, x2: 100, fill: NOT_BROKEN_DOWN, title: (b: MakeupBar) => `${b.label}\n${t('reports.compositions.uncovered', lang)}` }),
      Plot.barX(segs, { y: 'bar', x1: 'x1', x2: 'x2', fill: 'fill', stroke: 'var(--chart-bg, white)', strokeWidth: 1, title: 'tip' }),
      Plot.text(segs, {
        y: 'bar', x: (s: Segment) => (s.x1 + s.x2) / 2, text: (s: Segment) => segmentText(s, pxPerPoint, lang), fill: 'black', fontSize: LABEL_SIZE, ...HALO, stroke: 'white', strokeWidth: 2.5,
      }),
      Plot.text(bars, { y: 'label', x: 0, text: 'label', textAnchor: 'start', dy: -ROW * 0.3 - 6, fontSize: 12, fontWeight: 600 }),
      Plot.ruleX([0]),
    ],
  };
}
