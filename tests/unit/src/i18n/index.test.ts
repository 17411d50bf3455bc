/**
 * The string catalogue: every key has both languages with the same placeholders, no section overrides another's
 * key, every key is used by the code (no dead words), and lookups fill placeholders or fail loudly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { biOf, STRINGS, t } from '../../../../src/i18n/index.ts';
import { CHART_STRINGS } from '../../../../src/i18n/strings/charts.ts';
import { COVERAGE_STRINGS } from '../../../../src/i18n/strings/coverage.ts';
import { OWN_TABLE_STRINGS } from '../../../../src/i18n/strings/own-table.ts';
import { EXPLORE_STRINGS } from '../../../../src/i18n/strings/explore.ts';
import { REPORTS_STRINGS } from '../../../../src/i18n/strings/reports.ts';
import { SCENARIO_STRINGS } from '../../../../src/i18n/strings/scenario.ts';
import { SHARE_STRINGS } from '../../../../src/i18n/strings/share.ts';
import { SITE_STRINGS } from '../../../../src/i18n/strings/site.ts';
import { SOURCES_STRINGS } from '../../../../src/i18n/strings/sources.ts';
import { sourceFiles } from '../../helpers/source-files.ts';

const SECTIONS = [SITE_STRINGS, SHARE_STRINGS, SOURCES_STRINGS, CHART_STRINGS, SCENARIO_STRINGS, COVERAGE_STRINGS, REPORTS_STRINGS, EXPLORE_STRINGS, OWN_TABLE_STRINGS];
/** Placeholders, `{name}` and `{name|one|other}` (an English word in the number's plural form). */
const PLACEHOLDER = /\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g;
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!);
const names = (s: string) => [...new Set(placeholders(s))].sort();

test('no section redefines a key of another', () => {
  const total = SECTIONS.reduce((n, s) => n + Object.keys(s).length, 0);
  assert.equal(Object.keys(STRINGS).length, total);
});

test('every string has both languages; braces are only {placeholders}', () => {
  for (const [key, v] of Object.entries(STRINGS)) {
    assert.ok(v.zh.trim() && v.en.trim(), `${key}: a language is empty`);
    for (const text of [v.zh, v.en]) assert.equal((text.match(/[{}]/g) ?? []).length, 2 * placeholders(text).length, `${key}: stray brace in "${text}"`);
    assert.deepEqual(names(v.en), names(v.zh), `${key}: the languages fill different placeholders`);
  }
});

test('t fills placeholders and refuses a missing value; biOf refuses an unknown key', () => {
  assert.equal(t('frame.moreSources', 'en', { n: 3 }), '3 more sources');
  assert.equal(t('frame.moreSources', 'zh', { n: 3 }), '另外3个来源');
  assert.throws(() => t('frame.moreSources', 'en'), /no value for \{n\}/);
  assert.equal(t('frame.moreSources', 'en', { n: 1 }), '1 more source');
  assert.equal(t('frame.moreSources', 'zh', { n: 1 }), '另外1个来源');
  // a formatted number is read as the number it prints
  assert.equal(t('sources.rows', 'en', { n: '1,234' }), '1,234 rows');
  assert.equal(t('own.summary', 'en', { file: 'a.csv', layout: 'long', encoding: 'UTF-8', read: 1, placed: 0, rejected: 1, missing: 0 }),
    'a.csv (long, UTF-8): 1 figure read: 0 placed, 1 rejected, 0 blank (no figure printed).');
  assert.throws(() => biOf('no.such.key'), /no string "no\.such\.key"/);
});

test('every key is used somewhere in src/ (literally, or through a prefix such as `share.${format}`)', () => {
  const files = sourceFiles('.ts', '.astro', '.mdx').filter((f) => !f.includes(join('i18n', 'strings')));
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const unused = Object.keys(STRINGS).filter((key) => {
    if (code.includes(`'${key}'`) || code.includes(`"${key}"`)) return false;
    const prefix = key.slice(0, key.lastIndexOf('.') + 1);
    return !code.includes(`\`${prefix}\${`);
  });
  assert.deepEqual(unused, []);
});
