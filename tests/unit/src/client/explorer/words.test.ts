import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CODED_COLUMNS, quickWords, shortDescription } from '../../../../../src/client/explorer/words.ts';
import { COLUMNS } from '../../../../../src/contract/tables.ts';
import { vocabFrom } from '../../../../../scripts/pipeline/vocab-tables.ts';

const { labels } = vocabFrom((file) => readFileSync(`data/vocab/${file}`, 'utf8'));

test('a column description gives its first words, in either language', () => {
  assert.equal(shortDescription('Reference year (for targets: the target year)'), 'Reference year');
  assert.equal(shortDescription('Geographic level: national, region, province, country'), 'Geographic level');
  assert.equal(shortDescription('年份(目标为目标年份)'), '年份');
  assert.equal(shortDescription('地理编码:CHN、GB/T 2260省级代码'), '地理编码');
  assert.equal(shortDescription('Theme'), 'Theme');
});

test('codes of the coded columns are named from the labels, in the page language; other values stay as they are', () => {
  const columns = { year: 'Reference year' };
  const en = quickWords(labels, columns, 'en');
  const zh = quickWords(labels, { year: '年份' }, 'zh');
  assert.equal(en.value('cadre', 'nurses'), 'Registered nurses');
  assert.equal(zh.value('cadre', 'nurses'), '注册护士');
  assert.equal(en.value('geo_code', '110000'), 'Beijing');
  assert.equal(zh.value('geo_code', 'CHN'), '全国');
  assert.equal(en.value('area', 'urban'), 'Urban');
  assert.equal(en.value('cadre', 'no_such_code'), 'no_such_code');
  assert.equal(en.value('province', 'nurses'), 'nurses', 'a column the published tables do not code');
  assert.equal(en.value('cadre', null), '');
  assert.equal(en.column('year'), 'Reference year');
  assert.equal(zh.column('year'), '年份');
  assert.equal(en.column('n_doctors'), 'n_doctors');
});

test('every coded column is a column of a published table', () => {
  const names = new Set(Object.values(COLUMNS).flat().map((c) => c.name));
  for (const column of Object.keys(CODED_COLUMNS)) assert.ok(names.has(column), column);
});
