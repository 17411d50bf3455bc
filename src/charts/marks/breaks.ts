/**
 * Series breaks: a dashed vertical rule where an older definition ends (half a year after its last published
 * figure, when later figures exist), labelled once. Figures under an older definition are flagged
 * `series_break` by the data build and drawn as their own series; this rule says where the definition changed.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../../contract/rows.ts';
import type { Lang } from '../../contract/schema.ts';
import { t } from '../../i18n/index.ts';
import { bool, num, str } from '../rows.ts';

/** Half a year after the last figure of each older definition that later figures follow. */
export function breakPositions(rows: Row[]): number[] {
  const lastYear = Math.max(...rows.map((r) => num(r, 'year')));
  const lastOld = new Map<string, number>();
  for (const r of rows) {
    if (!bool(r, 'series_break')) continue;
    const d = str(r, 'definition');
    lastOld.set(d, Math.max(lastOld.get(d) ?? -Infinity, num(r, 'year')));
  }
  return [...new Set([...lastOld.values()].filter((y) => y < lastYear).map((y) => y + 0.5))].sort((a, b) => a - b);
}

export function breakMarks(positions: number[], lang: Lang): Plot.Markish[] {
  if (positions.length === 0) return [];
  return [
    Plot.ruleX(positions, { x: (d: number) => d, strokeDasharray: '4 3', stroke: 'currentColor', strokeOpacity: 0.5 }),
    Plot.text(positions.slice(-1), {
      x: (d: number) => d, frameAnchor: 'top', dy: 4, dx: 3, textAnchor: 'start', fontSize: 10, fillOpacity: 0.75,
      text: () => t('marks.seriesBreak', lang),
    }),
  ];
}
