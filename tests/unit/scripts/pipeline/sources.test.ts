import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Catalogue, checkEntry, loadCatalogue, loadSidecar } from '../../../../scripts/pipeline/sources.ts';
import { root, fixture } from '../../helpers/pipeline.ts';

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
