import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citation, citationBibtex, licenceStatement, originalSources } from '../../../../src/share/citation.ts';
import { snapshot } from '../../helpers/share-fixture.ts';

const input = {
  title: { zh: '每千人口执业（助理）医师数', en: 'Physicians per 1,000 population' },
  dataVersion: 'a1b2c3d4e5f6',
  builtOn: '2026-11-20',
  permalink: 'https://example.org/?x.cadre=nurses',
  accessed: new Date('2026-11-23T10:00:00Z'),
};

test('Chinese citation follows GB/T 7714 for online resources', () => {
  assert.equal(
    citation(input, 'zh'),
    '卫生人才数据. 每千人口执业（助理）医师数[EB/OL]. 数据版本 a1b2c3d4e5f6，构建于 2026-11-20. [2026-11-23]. https://example.org/?x.cadre=nurses.',
  );
});

test('English citation names site, title, version, permalink and access date', () => {
  assert.equal(
    citation(input, 'en'),
    'China Health Workforce Data. “Physicians per 1,000 population” [chart]. Data version a1b2c3d4e5f6, built 2026-11-20. https://example.org/?x.cadre=nurses (accessed 23 November 2026).',
  );
});

test('BibTeX entry escapes special characters', () => {
  const b = citationBibtex({ ...input, title: { ...input.title, en: 'A & B_1' } }, 'x-chart', 'en');
  assert.match(b, /^@misc\{chwd-x-chart-a1b2c3d4e5f6,/);
  assert.match(b, /title = \{A \\& B\\_1\}/);
  assert.match(b, /urldate = \{2026-11-23\}/);
});

test('the original sources are cited once each with the copies read, and the compiled dataset has a licence', () => {
  const { sources } = snapshot();
  const en = originalSources(sources, 'en');
  assert.deepEqual(en, [
    "National Health and Family Planning Commission: China Health and Family Planning Statistical Yearbook 2016, Table 2-2-1 (read from: www.nhc.gov.cn, publisher's own page)",
    'National Health Commission: China Health Statistical Yearbook 2021 (read from: 010baizhang.com, mirror)',
  ]);
  assert.match(licenceStatement('en'), /CC BY 4\.0/);
  assert.match(licenceStatement('zh'), /CC BY 4\.0/);
});
