/**
 * A reader's own table beside the published figures: dashed lines over consecutive years (a gap stays a gap), a
 * hollow diamond on every figure and an end label saying whose the series is, in the series' colour. Never joined
 * with the published series it sits beside.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../../contract/rows.ts';
import { formatYear } from '../../lib/format.ts';
import { num, withRuns } from '../rows.ts';
import { BACKGROUND, HALO, LABEL_SIZE } from './style.ts';

export interface OwnSeries {
  /** series key of a row (e.g. its area) */
  key: (r: Row) => string;
  colour: (r: Row) => string;
  /** words at the end of the line: "your table · cities" */
  label: (r: Row) => string;
  /** the figure as printed, for the tooltip */
  printed: (r: Row) => string;
}

export function ownTableMarks(rows: Row[], s: OwnSeries): Plot.Markish[] {
  const runs = withRuns(rows, s.key);
  const last = [...new Map(runs.map((r) => [s.key(r), r])).values()];
  return [
    Plot.line(runs, { x: 'year', y: 'value', z: 'run', stroke: s.colour, strokeWidth: 1.75, strokeDasharray: '5,3' }),
    Plot.dot(rows, {
      x: 'year', y: 'value', symbol: 'diamond', r: 4.5, stroke: s.colour, strokeWidth: 1.5, fill: BACKGROUND,
      title: (r: Row) => `${s.label(r)}\n${formatYear(num(r, 'year'))}: ${s.printed(r)}`,
    }),
    Plot.text(last, { x: 'year', y: 'value', text: s.label, fill: s.colour, dx: -6, dy: 12, textAnchor: 'end', fontSize: LABEL_SIZE, ...HALO }),
  ];
}
