/** The categorical palette stays visible in both themes, and no comparison country ever takes China's colour. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATEGORICAL, HIGHLIGHT, MID_GREY } from '../../../../src/lib/palette.ts';
import { createNodeRunner } from '../../../../src/queries/node.ts';
import urbanRuralWorld from '../../../../src/charts/definitions/urban-rural-world.ts';
import { COMPARISON_GROUPS } from '../../../../src/queries/sets.ts';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('the neutral series colour has at least 3:1 contrast on white and on the dark background', () => {
  assert.ok(contrast(MID_GREY, '#ffffff') >= 3, `on white: ${contrast(MID_GREY, '#ffffff')}`);
  assert.ok(contrast(MID_GREY, '#121212') >= 3, `on #121212: ${contrast(MID_GREY, '#121212')}`);
  assert.ok(!CATEGORICAL.includes('#000000'), 'black disappears on the dark background');
  assert.equal(new Set(CATEGORICAL).size, CATEGORICAL.length);
});

test('world comparison: every country has its own colour and only China is drawn in the highlight colour', async () => {
  const runner = createNodeRunner();
  for (const { key: group } of COMPARISON_GROUPS) {
    const state = { ...urbanRuralWorld.defaults, group };
    const { name, params } = urbanRuralWorld.query(state);
    const rows = await runner.query(name, params);
    const color = urbanRuralWorld.plot(rows, state, { lang: 'en', width: 640, theme: 'light' }).color as { domain: string[]; range: string[] };
    assert.ok(color.range.length >= color.domain.length, `${group}: ${color.domain.length} countries, ${color.range.length} colours`);
    const used = color.range.slice(0, color.domain.length);
    assert.equal(new Set(used).size, used.length, `${group}: a colour is used twice`);
    assert.equal(color.domain[0], 'China');
    assert.equal(used[0], HIGHLIGHT);
  }
});
