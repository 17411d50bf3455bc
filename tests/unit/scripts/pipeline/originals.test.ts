import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEntry, loadCatalogue } from '../../../../scripts/pipeline/sources.ts';
import { describeCopy, hostOf, isMirrorHost, loadOriginalsVocab } from '../../../../scripts/pipeline/originals.ts';
import { root } from '../../helpers/pipeline.ts';

const vocab = loadOriginalsVocab(`${root}data/vocab`);
const catalogue = loadCatalogue(`${root}data/sources.json`);
const copy = (id: string) => describeCopy(catalogue.entries.get(id)!, vocab, 'data/sources.json');

test('hosts are read from addresses and matched against the mirror list by domain', () => {
  assert.equal(hostOf('http://www.668528.com/news/20160722/598284.html'), '668528.com');
  assert.equal(hostOf('http://en.people.cn./90882/8237285.html'), 'en.people.cn');
  assert.equal(hostOf(null), null);
  assert.ok(isMirrorHost('m.one-tool.net', vocab.mirrorHosts));
  assert.ok(!isMirrorHost('en.nhc.gov.cn', vocab.mirrorHosts));
});

test('every catalogued source names its original, or says why it cannot', () => {
  for (const e of catalogue.entries.values()) {
    const c = copy(e.id);
    assert.ok(c.original_title || c.original_note, `${e.id}: neither an original nor a note`);
    if (c.original_publisher) assert.ok(c.original_publisher_en, `${e.id}: publisher without an English name`);
    if (c.original_title && /[\u3400-\u9fff]/.test(c.original_title)) assert.ok(c.original_title_en, `${e.id}: Chinese title without a gloss`);
  }
});

test('copies of the 2023 bulletin share one original; the mirror is flagged and the original is named first', () => {
  const mirror = copy('125-65-46-38-363453869');
  const news = copy('aichixiu-1024529144248001');
  assert.equal(mirror.original_id, news.original_id);
  assert.deepEqual([mirror.is_mirror, mirror.copy_kind, news.is_mirror], [true, 'mirror', false]);
  assert.deepEqual([mirror.original_publisher, mirror.original_title, mirror.original_date, mirror.original_locator],
    ['国家卫生健康委员会', '2023年我国卫生健康事业发展统计公报', '2024-08-29', '二、卫生资源 (三)卫生人员']);
  assert.equal(mirror.original_publisher_en, 'National Health Commission');
});

test('a yearbook page on its publisher\'s site is its own original', () => {
  const c = copy('shandong-yb2016-19-13');
  assert.deepEqual([c.copy_kind, c.original_publisher, c.original_title, c.original_locator, c.host],
    ['original', '山东省统计局', '山东统计年鉴2016', '表19-13', 'tjj.shandong.gov.cn']);
});

test('a mirror host must be declared a mirror copy, and a copy must name its original', () => {
  const entry = { ...catalogue.entries.get('125-65-46-38-363453869')!, copy_kind: 'news_reprint' as const };
  assert.throws(() => describeCopy(entry, vocab, 'x'), /listed mirror .*set "copy_kind": "mirror"/);
  const base = { id: 'a-page', publisher: 'p', title: 't', url: 'https://example.invalid/a', language: 'en', kind: 'reprint', licence: 'l' };
  assert.throws(() => checkEntry({ ...base, copy_kind: 'reprint' }, 'e1'), /e1: a copy .*names its original/);
  assert.throws(() => checkEntry({ ...base, copy_kind: 'faxed' }, 'e2'), /copy_kind "faxed"/);
  assert.throws(() => checkEntry({ ...base, copy_kind: 'reprint', original_publisher: '国家统计局', original_title: '统计公报' }, 'e3'), /English gloss/);
});
