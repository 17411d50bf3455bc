import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { composeImageSvg, textWidth, wrapText } from '../../../../src/share/image-layout.ts';

test('wrapping keeps every line within the width and loses no text', () => {
  const text = 'Licensed (assistant) physicians per 1,000 population, by province and year, 2010–2023';
  const lines = wrapText(text, 200, 14);
  assert.ok(lines.length > 1);
  for (const l of lines) assert.ok(textWidth(l, 14) <= 200, l);
  assert.equal(lines.join(' '), text);
  const zh = wrapText('每千人口执业（助理）医师数，按省份和年份，二〇一〇年至二〇二三年', 120, 12);
  for (const l of zh) assert.ok(textWidth(l, 12) <= 120, l);
  assert.equal(zh.join(''), '每千人口执业（助理）医师数，按省份和年份，二〇一〇年至二〇二三年');
});

test('composed image is well-formed SVG: title, legend, chart, source and credit in order', () => {
  const swatch = (fill: string) => ({ markup: `<svg xmlns="http://www.w3.org/2000/svg" fill="${fill}"><rect width="100%" height="100%"/></svg>`, width: 15, height: 15 });
  const img = composeImageSvg({
    blocks: [
      { kind: 'swatches', items: [{ ...swatch('#0072B2'), label: '城市' }, { ...swatch('#D55E00'), label: '农村' }] },
      { kind: 'svg', markup: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><circle cx="5" cy="5" r="3"/></svg>', width: 300, height: 150 },
    ],
    title: 'A & B <title>', subtitle: 'per 1,000', source: 'Source: 年鉴', credit: '卫生人才数据 · example.org',
    background: '#fff', foreground: '#111', muted: '#555', fontFamily: '"Noto Sans CJK SC", sans-serif',
  });
  assert.equal(img.width, 332);
  const { document } = parseHTML(`<div>${img.svg}</div>`);
  const root = document.querySelector('svg')!;
  const texts = [...root.children].filter((e) => e.tagName.toLowerCase() === 'text').map((t) => t.textContent);
  assert.deepEqual(texts, ['A & B <title>', 'per 1,000', '城市', '农村', 'Source: 年鉴', '卫生人才数据 · example.org']);
  const nested = [...root.children].filter((e) => e.tagName.toLowerCase() === 'svg');
  assert.equal(nested.length, 3);
  const chart = nested[2]!;
  assert.equal(chart.getAttribute('width'), '300');
  // title + subtitle + gap + one swatch row + gap
  assert.equal(chart.getAttribute('y'), String(16 + 26 + 19 + 8 + 20 + 8));
  assert.equal(img.height, 16 + 26 + 19 + 8 + 20 + 8 + 150 + 8 + 16 + 16 + 16);
  assert.ok(Number(nested[1]!.getAttribute('x')) > 16, 'second swatch placed after the first label');
});
