import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Catalogue, checkEntry, loadCatalogue, loadSidecar } from '../../../../scripts/pipeline/sources.ts';
import { root, fixture } from '../../helpers/pipeline.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const entry = { id: 'a-page', publisher: 'P', title: 'T', url: 'https://x.invalid/a', locator: null, language: 'zh-Hans', kind: 'reprint', licence: 'L' };

test('the project catalogue loads, ids are unique slugs, every entry is complete', () => {
  const cat = loadCatalogue(`${root}data/sources.json`);
  const raw = JSON.parse(readFileSync(`${root}data/sources.json`, 'utf8')) as { id: string }[];
  assert.equal(cat.entries.size, raw.length, 'no duplicate ids');
  for (const e of cat.entries.values()) assert.match(e.id, /^[a-z0-9][a-z0-9-]*$/);
});

test('rows find their page by address, or by exact title when the page has no address', () => {
  const cat = new Catalogue();
  cat.add(checkEntry(entry, 't'), 't');
  cat.add(checkEntry({ ...entry, id: 'no-url', url: null, title: 'A page without address' }, 't'), 't');
  assert.equal(cat.find('any title', 'https://x.invalid/a')?.id, 'a-page');
  assert.equal(cat.find('A page without address', '')?.id, 'no-url');
  assert.equal(cat.find('A page without address', '(stored copy without URL)')?.id, 'no-url');
  assert.equal(cat.find('other', 'https://x.invalid/b'), undefined);
});

test('incomplete or invalid entries are refused with the field named', () => {
  assert.throws(() => checkEntry({ ...entry, kind: 'blog' }, 'e1'), /e1: kind "blog"/);
  assert.throws(() => checkEntry({ ...entry, publisher: '' }, 'e2'), /e2: source entry needs "publisher"/);
  assert.throws(() => checkEntry({ ...entry, id: 'Bad Id' }, 'e3'), /lower-case slug/);
  const cat = new Catalogue();
  cat.add(checkEntry(entry, 'x'), 'x');
  assert.throws(() => cat.add(checkEntry({ ...entry, title: 'different' }, 'y'), 'y'), /already used/);
});

test('a sidecar gives a table its citation and layout facts', () => {
  const s = loadSidecar(fixture('yearbook/by-region-gb18030.csv'));
  assert.deepEqual([s?.id, s?.kind, s?.measure, s?.year], ['fixture-yearbook-by-region', 'official_table', 'headcount', 2021]);
  assert.equal(loadSidecar(fixture('bad/unknown-layout.csv')), null);
});

test('source addresses must be http(s): a javascript: url in the catalogue or a sidecar stops the build, naming file and field', async () => {
  for (const url of ['javascript:alert(document.domain)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '//evil.example/x', 'www.who.int/x']) {
    assert.throws(() => checkEntry({ ...entry, url }, 'data/sources.json entry 7'),
      (e: Error) => e.message.startsWith('data/sources.json entry 7: field "url" is not an http(s) address') && /only http:\/\/ and https:\/\//.test(e.message), url);
  }
  for (const url of ['https://www.who.int/data/gho', 'http://tjj.shandong.gov.cn/tjnj/nj2013/html\\C1903.htm', null]) assert.doesNotThrow(() => checkEntry({ ...entry, url }, 'x'), String(url));
  assert.throws(() => checkEntry({ ...entry, url: 42 }, 'x'), /field "url" must be a string or null/);
  // locators are table or section names; one written as a non-http address is refused too
  for (const [field, value] of [['locator', 'javascript:alert(1)'], ['locator', 'java\tscript:alert(1)'], ['original_locator', 'data:text/html,x'], ['locator', 'ftp://x.example/t.xls']]) {
    assert.throws(() => checkEntry({ ...entry, [field]: value }, 'w'), new RegExp(`w: field "${field}" is an address that is not http\\(s\\)`), value);
  }
  for (const locator of ['表2-2-1', 'note: section 3', 'Table 21-17; row \'National Total\'', 'https://www.who.int/x#table']) assert.doesNotThrow(() => checkEntry({ ...entry, locator }, 'x'), locator);
  const { writeFileSync } = await import('node:fs');
  const dir = tempDir('sidecar-');
  writeFileSync(`${dir}/t.csv.source.json`, JSON.stringify({ ...entry, url: 'javascript:alert(document.domain)' }));
  assert.throws(() => loadSidecar(`${dir}/t.csv`), (e: Error) => e.message.startsWith(`${dir}/t.csv.source.json: field "url" is not an http(s) address`));
});

test('every address in the project catalogue is http(s)', () => {
  for (const e of loadCatalogue(`${root}data/sources.json`).entries.values()) if (e.url) assert.match(e.url, /^https?:\/\//i, e.id);
});
