/**
 * The reader against hand-marked test reports it was not tuned on alone (tests/fixtures/reports: hard cases —
 * Chinese numerals, 万 with ranges, numbers split across lines, adjacent numbers, traditional characters, several
 * documents in one file, masked places, corrupted years, GB18030 and CRLF), scored as ../shared/tools/score-reports.py
 * scores: a figure is found when the spans overlap and the values agree within 0.5%.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANNOTATED_REPORTS, annotatedReport, type GoldFigure } from '../../../helpers/annotated-report.ts';
import { read } from '../../helpers/reports.ts';
import type { Figure } from '../../../../src/reports/types.ts';

const overlaps = (p: Figure, g: GoldFigure) => p.start < g.end && g.start < p.end;
const same = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(1, Math.abs(b));

function score(gold: GoldFigure[], pred: Figure[]) {
  const match = new Map<GoldFigure, Figure>();
  const used = new Set<Figure>();
  for (const g of gold) for (const p of pred) if (overlaps(p, g) && same(p.value, g.value)) { if (!match.has(g)) match.set(g, p); used.add(p); }
  const core = gold.filter((g) => g.scope === 'core');
  const found = core.filter((g) => match.has(g));
  const groups = new Map<string, GoldFigure[]>();
  for (const g of core) if (g.part_of) groups.set(g.part_of, [...(groups.get(g.part_of) ?? []), g]);
  const recovered = [...groups.values()].filter((ms) => { const ids = ms.map((g) => match.get(g)?.group ?? null); return ids.every((x) => x !== null && x === ids[0]); });
  return {
    recall: found.length / core.length, precision: used.size / pred.length,
    kind: found.filter((g) => match.get(g)!.kind === g.kind).length / found.length,
    target: found.filter((g) => match.get(g)!.is_target === g.is_plan_or_target).length / found.length,
    compositions: `${recovered.length}/${groups.size}`, missed: core.filter((g) => !match.has(g)).map((g) => g.quote),
  };
}

for (const name of ANNOTATED_REPORTS) {
  test(`${name}: recall and precision at least 0.9, kinds right for at least 85%, every composition recovered`, () => {
    const { text, gold } = annotatedReport(name);
    const s = score(gold, read(text).figures);
    assert.ok(s.recall >= 0.9, `recall ${s.recall}: missed ${s.missed.join(' | ')}`);
    assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
    assert.ok(s.kind >= 0.85, `kind ${s.kind}`);
    const [got, of] = s.compositions.split('/');
    assert.equal(got, of, `compositions ${s.compositions}`);
  });
}

test('offsets are JavaScript string indices of the printed text: every figure’s text is the slice at its offsets', () => {
  for (const name of ANNOTATED_REPORTS) {
    const { text } = annotatedReport(name);
    for (const f of read(text).figures) {
      assert.equal(text.slice(f.start, f.end), f.text, `${name} @${f.start}`);
      assert.equal(text.slice(f.quote_start, f.quote_end).replace(/\s*\n\s*/g, ''), f.quote);
    }
  }
});

test('an empty text, or one without figures, reads as no figures', () => {
  assert.deepEqual(read('').figures, []);
  assert.deepEqual(read('加强卫生人才队伍建设。').figures, []);
});
