import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ABOVE, BELOW, LEFT, RIGHT, type Frame, labelBox, labelPriority, placeLabels, px, textWidth } from '../../../../../src/charts/marks/labels.ts';

const frame: Frame = { width: 300, height: 200, marginTop: 20, marginRight: 10, marginBottom: 30, marginLeft: 40, x: [0, 10], y: [0, 100] };

test('text width: CJK characters count a full em, digits about 0.6 em', () => {
  assert.equal(textWidth('107万', 10), 3 * 6.2 + 10);
});

test('labels: tries above, right, left, below; leaves out a label with no room; never leaves the SVG', () => {
  const req = (x: number, y: number, text: string) => ({ row: { x, y, text }, x, y, text });
  // Three labels for one spot: above, then below (beside would touch both); the third has no room and is left out.
  const placed = placeLabels([1, 2, 3].map(() => req(5, 50, '42.0')), frame, 11);
  assert.deepEqual([ABOVE, RIGHT, LEFT, BELOW].map((p) => placed.get(p)?.length ?? 0), [1, 0, 0, 1]);
  // A point with its neighbour's label just above-right: its own label goes to the left.
  const { x, y } = px(frame);
  const beside = placeLabels([req(5, 50, '39.2')], frame, 11, [labelBox(x(5.6), y(52), '42.0', 11, ABOVE), labelBox(x(5), y(48), 'x', 11, BELOW)]);
  assert.deepEqual([...beside.keys()], [LEFT]);
  // A long label at the right edge ends before the edge (left of its dot) instead of being cut off.
  const edge = placeLabels([req(10, 50, '1,070,000 (1.07 million)')], frame, 10);
  assert.deepEqual([...edge.keys()], [LEFT]);
  assert.ok(labelBox(x(10), y(50), '1,070,000 (1.07 million)', 10, LEFT).right <= frame.width);
  // A box already taken (a target label ending at its diamond just up and to the right) pushes the label beside its dot.
  const target = labelBox(x(5.5), y(54), '2020年目标 50万', 11, { textAnchor: 'end', dx: 0, dy: -12 });
  const blocked = placeLabels([req(5, 50, '48万')], frame, 10, [target]);
  assert.deepEqual([...blocked.keys()], [RIGHT]);
});

test('label priority: each series latest first, then its first, then the rest from the latest back', () => {
  const rows = [{ s: 'a', y: 2010 }, { s: 'a', y: 2015 }, { s: 'a', y: 2020 }, { s: 'b', y: 2018 }, { s: 'a', y: 2019 }];
  assert.deepEqual(labelPriority(rows, (r) => r.s, (r) => r.y).map((r) => `${r.s}${r.y}`), ['a2020', 'b2018', 'a2010', 'a2019', 'a2015']);
});
