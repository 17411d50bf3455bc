/**
 * A report's make-up beside the country's: segments in the order printed, like categories in like colours, what the
 * parts leave uncovered left grey, and words inside a segment only where they fit at the drawing's width.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeColours, segments, segmentText, type MakeupBar } from '../../../../src/charts/report-composition.ts';
import { textWidth } from '../../../../src/charts/marks/labels.ts';
import { LABEL_SIZE } from '../../../../src/charts/marks/style.ts';

const BARS: MakeupBar[] = [
  { label: '本报告（2022）', parts: [
    { label: '研究生学历', code: 'masters_plus', share: 6.8, printed: '6.8%' },
    { label: '大学本科', code: 'bachelor', share: 41.3, printed: '41.3%' },
    { label: '大专', code: 'junior_college', share: 38.2, printed: '38.2%' },
  ] },
  { label: '全国卫生技术人员（2019）', parts: [
    { label: '本科及以上', code: 'bachelor_plus', share: 39.2, printed: '39.2%' },
    { label: '大专', code: 'junior_college', share: 39.1, printed: '39.1%' },
  ] },
];

test('segments run on from 0 in the order printed; a category has the colour of the same code in the other bar', () => {
  const segs = segments(BARS);
  assert.deepEqual(segs.filter((s) => s.bar === BARS[0]!.label).map((s) => [s.x1, s.x2].map((x) => Number(x.toFixed(6)))), [[0, 6.8], [6.8, 48.1], [48.1, 86.3]]);
  const colours = codeColours(BARS);
  assert.equal(segs.find((s) => s.bar === BARS[0]!.label && s.label === '大专')!.fill, colours.get('junior_college'));
  assert.equal(segs.find((s) => s.bar === BARS[1]!.label && s.label === '大专')!.fill, colours.get('junior_college'));
  assert.notEqual(colours.get('bachelor'), colours.get('bachelor_plus'), 'a bachelor share is not coloured as bachelor or higher');
  // a report's four levels beside the country's four (one in common): seven categories, seven colours
  const seven = codeColours([
    { label: 'r', parts: ['masters_plus', 'bachelor', 'junior_college', 'secondary_below'].map((code) => ({ label: code, code, share: 10, printed: '' })) },
    { label: 'n', parts: ['bachelor_plus', 'junior_college', 'secondary_vocational', 'high_school_below'].map((code) => ({ label: code, code, share: 10, printed: '' })) },
  ]);
  assert.equal(new Set(seven.values()).size, 7);
});

test('words inside a segment fit it: label and share, the share alone, or nothing', () => {
  for (const width of [280, 375, 720]) {
    const pxPerPoint = (width - 24) / 100;
    for (const s of segments(BARS)) {
      const text = segmentText(s, pxPerPoint, 'zh');
      assert.ok(textWidth(text, LABEL_SIZE) <= (s.x2 - s.x1) * pxPerPoint, `${width}px: "${text}" overflows its segment`);
    }
  }
  const [small, wide] = segments(BARS);
  assert.equal(segmentText(wide!, 7, 'zh'), '大学本科 41.3%');
  assert.equal(segmentText(small!, 3.5, 'zh'), '');
  assert.equal(segmentText(small!, 7, 'zh'), '6.8%');
});
