import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPrecedence, agrees, deferredCopies, precedenceOrder } from '../../../../scripts/pipeline/precedence.ts';
import { figureHash, figureKey } from '../../../../scripts/pipeline/normalise.ts';
import { makeObs } from '../../helpers/pipeline.ts';

test('official table beats bulletin beats reprint beats journal beats secondary', () => {
  const obs = [
    makeObs({ obs_id: 'a', source_id: 'z-secondary', source_kind: 'secondary' }),
    makeObs({ obs_id: 'b', source_id: 'y-reprint', source_kind: 'reprint' }),
    makeObs({ obs_id: 'c', source_id: 'x-table', source_kind: 'official_table' }),
    makeObs({ obs_id: 'd', source_id: 'w-journal', source_kind: 'journal' }),
  ];
  applyPrecedence(obs);
  assert.deepEqual(obs.filter((o) => o.is_preferred).map((o) => o.source_id), ['x-table']);
  assert.ok(obs.every((o) => o.n_sources === 4 && o.n_agree === 4 && !o.disagrees));
});

test('ties are broken by source id, so the choice is stable', () => {
  const obs = [makeObs({ obs_id: 'a', source_id: 'b-src' }), makeObs({ obs_id: 'b', source_id: 'a-src' })];
  applyPrecedence(obs);
  assert.equal(obs.find((o) => o.is_preferred)?.source_id, 'a-src');
});

test('agreement is judged within printed rounding', () => {
  const precise = makeObs({ value: 13983000, precision: -3 }); // 1398.3万
  const rounded = makeObs({ value: 13980000, precision: -4, source_id: 's2', obs_id: 'r' }); // 1398万
  const revised = makeObs({ value: 13985000, precision: -3, source_id: 's3', obs_id: 'v' }); // 1398.5万
  assert.ok(agrees(precise, rounded));
  assert.ok(!agrees(precise, revised));
  const group = [precise, rounded, revised];
  applyPrecedence(group);
  const best = group.find((o) => o.is_preferred)!;
  assert.equal(best.source_id, 's1');
  assert.ok(group.every((o) => o.n_sources === 3 && o.n_agree === 2 && o.disagrees));
  assert.ok(revised.flags.includes('disagreement'));
  assert.ok(!precise.flags.includes('disagreement'));
});

test('exactly one preferred observation per figure_key', () => {
  const obs = [makeObs({ obs_id: '1' }), makeObs({ obs_id: '2', year: 2016 }), makeObs({ obs_id: '3', source_id: 's9' })];
  applyPrecedence(obs);
  const perKey = new Map<string, number>();
  for (const o of obs) perKey.set(figureKey(o), (perKey.get(figureKey(o)) ?? 0) + Number(o.is_preferred));
  assert.deepEqual([...perKey.values()], [1, 1]);
});

test('derived values rank below published ones', () => {
  const derived = makeObs({ obs_id: 'd', source_id: 'a', source_kind: 'official_table', flags: ['derived'] });
  const published = makeObs({ obs_id: 'p', source_id: 'z', source_kind: 'secondary' });
  applyPrecedence([derived, published]);
  assert.ok(published.is_preferred && !derived.is_preferred);
});

test('an exact figure is preferred over an approximate one, whatever the source kinds', () => {
  const approx = makeObs({ obs_id: 'a', source_id: 'a-reprint', source_kind: 'reprint', value: 300000, flags: ['approximate'] });
  const exact = makeObs({ obs_id: 'e', source_id: 'z-journal', source_kind: 'journal', value: 365100 });
  applyPrecedence([approx, exact]);
  assert.ok(exact.is_preferred && !approx.is_preferred);
});

test('copies of one original publication count once; a figure only mirrors carry is flagged secondary', () => {
  const origin = (id: string) => ({ original: id.startsWith('bulletin') ? 'bulletin-2023' : id, mirror: id.endsWith('mirror') });
  const copies = [
    makeObs({ obs_id: 'a', source_id: 'bulletin-mirror' }),
    makeObs({ obs_id: 'b', source_id: 'bulletin-news' }),
    makeObs({ obs_id: 'c', source_id: 'press-conference' }),
  ];
  applyPrecedence(copies, origin);
  assert.ok(copies.every((o) => o.n_sources === 2 && o.n_copies === 3 && o.n_agree === 2));
  // of two copies of the same kind, the one not on a mirror is preferred
  assert.equal(copies.find((o) => o.is_preferred)?.source_id, 'bulletin-news');
  assert.ok(copies.every((o) => !o.flags.includes('mirror_only')));

  const only = [makeObs({ obs_id: 'm1', source_id: 'a-mirror' }), makeObs({ obs_id: 'm2', source_id: 'b-mirror' })];
  applyPrecedence(only, origin);
  assert.ok(only.every((o) => o.flags.includes('mirror_only') && o.flags.includes('secondary')));
});

test('a dropped-in WHO export repeating the curated WHO figures: the curated source stays cited, and the build says so', async () => {
  const { buildFrom, rawDir } = await import('../../helpers/small-build.ts');
  const { fixture } = await import('../../helpers/pipeline.ts');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const dir = rawDir([fixture('who/curated-who.csv'), fixture('who/doctors-dropin.csv')]);
  const r = await buildFrom(dir);
  // the drop-in's id sorts first, so without the rule it would take the preferred flag
  assert.ok('fixture-who-doctors-dropin' < 'who-gho-medical-doctors-density');
  assert.deepEqual(r.deferred, [{ raw_file: 'doctors-dropin.csv', source_id: 'fixture-who-doctors-dropin', figures: 3, preferred_sources: ['who-gho-medical-doctors-density'] }]);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const rows = (await con.runAndReadAll(`SELECT geo_code, source_id, is_preferred, n_sources, n_copies FROM read_parquet('${dir}/out/observations.parquet') ORDER BY geo_code, source_id`)).getRowObjectsJson();
  con.closeSync(); db.closeSync();
  assert.deepEqual(rows.filter((x) => x.is_preferred).map((x) => [x.geo_code, x.source_id]), [
    ['CHN', 'who-gho-medical-doctors-density'], ['JPN', 'who-gho-medical-doctors-density'], ['KOR', 'who-gho-medical-doctors-density'],
  ]);
  assert.equal(rows.length, 6, 'both copies kept');
});

test('a source described by a sidecar ranks after a listed one of the same kind', () => {
  const origin = (id: string) => ({ original: id, mirror: false, sidecar: id === 'a-dropin' });
  const listed = makeObs({ source_id: 'z-listed', source_kind: 'international', precision: 3 });
  const dropin = makeObs({ source_id: 'a-dropin', source_kind: 'international', precision: 4 });
  assert.ok(precedenceOrder(listed, dropin, origin) < 0);
  assert.ok(precedenceOrder(listed, dropin) > 0, 'without the sidecar rule the id (and the finer print) would decide');
});

test('a figure only one observation gives is preferred, corroborated by its own publication, and flagged as a group of one would be', () => {
  const origin = (id: string) => ({ original: id, mirror: id.endsWith('mirror') });
  const lone = [
    makeObs({ obs_id: 'p', source_id: 'page' }),
    makeObs({ obs_id: 'm', source_id: 'a-mirror', year: 2016 }),
    makeObs({ obs_id: 'd', source_id: 'b-mirror', year: 2017, flags: ['derived'] }),
  ];
  applyPrecedence(lone, origin);
  for (const o of lone) {
    assert.deepEqual([o.is_preferred, o.n_sources, o.n_copies, o.n_agree, o.disagrees], [true, 1, 1, 1, false], o.obs_id);
    assert.ok(!o.flags.includes('disagreement'));
  }
  assert.deepEqual(lone.map((o) => o.flags), [[], ['mirror_only', 'secondary'], ['derived']]);
});

test('the figures several observations give are returned, preferred first; a figure of one observation is not', () => {
  const obs = [
    makeObs({ obs_id: 'a', source_id: 'z-secondary', source_kind: 'secondary' }),
    makeObs({ obs_id: 'lone', source_id: 'x-table', year: 2001 }),
    makeObs({ obs_id: 'b', source_id: 'x-table', source_kind: 'official_table' }),
  ];
  const shared = applyPrecedence(obs);
  assert.deepEqual(shared.map((g) => g.map((o) => o.obs_id)), [['b', 'a']]);
});

test('a sidecar source outranked by a listed one is reported per file, with the sources preferred to it', () => {
  const origin = (id: string) => ({ original: id, mirror: false, sidecar: id.endsWith('dropin') });
  const obs = [
    makeObs({ obs_id: 'd1', source_id: 'a-dropin', raw_file: 'dropin.csv' }),
    makeObs({ obs_id: 'l1', source_id: 'z-listed', raw_file: 'listed.csv' }),
    makeObs({ obs_id: 'd2', source_id: 'a-dropin', raw_file: 'dropin.csv', year: 2001 }),
    makeObs({ obs_id: 'd3', source_id: 'a-dropin', raw_file: 'dropin.csv', year: 2002 }),
    makeObs({ obs_id: 'l3', source_id: 'y-listed', raw_file: 'listed.csv', year: 2002 }),
  ];
  assert.deepEqual(deferredCopies(applyPrecedence(obs, origin), origin), [{ raw_file: 'dropin.csv', source_id: 'a-dropin', figures: 2, preferred_sources: ['y-listed', 'z-listed'] }]);
});

test('figures whose keys share a hash are still told apart', () => {
  // two different figures with the same 32-bit figure hash (found by search)
  const a = makeObs({ obs_id: 'a', geo_code: 'DXI', year: 1907 });
  const b = makeObs({ obs_id: 'b', geo_code: 'FDA', year: 1941 });
  assert.equal(figureHash(a), figureHash(b));
  assert.notEqual(figureKey(a), figureKey(b));
  const copy = makeObs({ obs_id: 'c', geo_code: 'DXI', year: 1907, source_id: 's0' });
  assert.deepEqual(applyPrecedence([a, b, copy]).map((g) => g.map((o) => o.obs_id)), [['c', 'a']]);
  assert.deepEqual([a, b, copy].map((o) => [o.obs_id, o.is_preferred, o.n_copies]), [['a', false, 2], ['b', true, 1], ['c', true, 2]]);
});
