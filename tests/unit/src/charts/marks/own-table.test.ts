import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Plot from '@observablehq/plot';
import { ownTableMarks } from '../../../../../src/charts/marks/own-table.ts';
import { serverDocument } from '../../../../../src/charts/frame-inputs.ts';
import { linePaths } from '../../../helpers/render.ts';

const rows = [2015, 2016, 2018, 2019].map((year, i) => ({ year, value: 4 + i / 10, area: 'urban', value_published: String(4 + i / 10) }));
const series = { key: () => 'urban', colour: () => '#0072b2', label: () => 'your table · cities', printed: (r: Record<string, unknown>) => String(r.value_published) };

test("the reader's series: a dashed line that never bridges a missing year, a hollow diamond per figure, one end label", () => {
  const svg = (Plot.plot({ marks: ownTableMarks(rows, series), document: serverDocument() }) as unknown as Element).outerHTML;
  const paths = linePaths(svg);
  assert.equal(paths.length, 2, '2015–2016 and 2018–2019: the gap at 2017 stays a gap');
  assert.match(svg, /stroke-dasharray="5,3"/);
  assert.equal((svg.match(/<title>your table · cities\n/g) ?? []).length, 4, 'every figure has its tooltip');
  assert.equal((svg.match(/>your table · cities</g) ?? []).length, 1, 'one end label');
});
