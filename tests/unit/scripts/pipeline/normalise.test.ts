import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { FIGURE_KEY_FIELDS, FIGURE_KEY_SQL, POOL_LIMIT, figureHash, figureKey, normaliseFigure, type Outcome } from '../../../../scripts/pipeline/normalise.ts';
import { context, figure } from '../../helpers/pipeline.ts';

const obs = (o: Outcome) => { assert.equal(o.kind, 'obs', JSON.stringify(o)); return (o as Extract<Outcome, { kind: 'obs' }>).obs; };
const rej = (o: Outcome) => { assert.equal(o.kind, 'rejected', JSON.stringify(o)); return (o as Extract<Outcome, { kind: 'rejected' }>).rejection; };

test('万人 → persons, keeping the printed value and unit', () => {
  const o = obs(normaliseFigure(figure(), context()));
  assert.equal(o.value, 10694000);
  assert.equal(o.unit, 'persons');
  assert.equal(o.value_published, '1069.4');
  assert.equal(o.unit_published, '万人');
  assert.equal(o.cadre, 'health_workers');
  assert.equal(o.geo_code, 'CHN');
  assert.equal(o.geo_level, 'national');
  assert.equal(o.source_id, 'fixture-page');
  assert.equal(o.source_kind, 'reprint');
  assert.equal(o.obs_id, 'test.csv#2');
});

test('百万人 (million) → persons', () => {
  assert.equal(obs(normaliseFigure(figure({ value: '12.3', unit: '百万人 (million)' }), context())).value, 12300000);
});

test('densities: per 1 000 / per 10 000, bare 人 under a density heading, denominators', () => {
  const a = obs(normaliseFigure(figure({ indicator: '每千人口执业(助理)医师', value: '2.21', unit: '人/千人口' }), context()));
  assert.deepEqual([a.unit, a.value, a.denominator, a.measure], ['per_1000', 2.21, 'unspecified', 'density']);
  const b = obs(normaliseFigure(figure({ indicator: '每千人口执业(助理)医师', value: '2.21', unit: '人' }), context()));
  assert.equal(b.unit, 'per_1000');
  const c = obs(normaliseFigure(figure({ indicator: '每千常住人口注册护士', value: '5.27', unit: '人/千常住人口', geo: '北京', area: '合计' }), context()));
  assert.equal(c.denominator, 'resident');
  assert.equal(c.geo_code, '110000');
  const d = obs(normaliseFigure(figure({ indicator: '平均每千农业人口乡村医生和卫生员', value: '1.79', unit: '人/千农业人口', area: '农村' }), context()));
  assert.deepEqual([d.denominator, d.area, d.theme], ['agricultural', 'rural', 'village']);
});

test('a unit that does not fit the indicator is rejected', () => {
  const r = rej(normaliseFigure(figure({ indicator: '每千人口执业(助理)医师', value: '2.21', unit: '万人' }), context()));
  assert.equal(r.column, 'unit');
  assert.match(r.reason, /does not fit/);
});

test('unknown labels are rejected with the column and nearest known labels', () => {
  const p = rej(normaliseFigure(figure({ geo: 'Xanadu', area: '合计' }), context()));
  assert.equal(p.column, 'province_zh');
  assert.match(p.reason, /unknown province/);
  assert.ok(p.suggestion);
  const u = rej(normaliseFigure(figure({ unit: '万只' }), context()));
  assert.match(u.suggestion ?? '', /万人/);
  const i = rej(normaliseFigure(figure({ indicator: '卫生人贝' }), context()));
  assert.match(i.suggestion ?? '', /卫生人员/);
  assert.match(i.suggestion ?? '', /indicators\.csv/);
});

test('missing values are missing, not rejected and not zero', () => {
  assert.equal(normaliseFigure(figure({ value: '—' }), context()).kind, 'missing');
  assert.equal(normaliseFigure(figure({ value: '' }), context()).kind, 'missing');
});

test('a page missing from the catalogue is rejected with advice to add it', () => {
  const f = figure();
  f.source = { title: { column: 'source_title', text: 'x' }, url: { column: 'source_url', text: 'https://nowhere.invalid/' } };
  const r = rej(normaliseFigure(f, context()));
  assert.equal(r.column, 'source_url');
  assert.match(r.reason, /not in the catalogue/);
  assert.match(r.suggestion ?? '', /data\/sources\.json/);
});

test('pre-2002 doctors and nurses are re-coded as the old definition, flagged series_break', () => {
  const o = obs(normaliseFigure(figure({ indicator: '执业(助理)医师', year: '1999', value: '204.5' }), context()));
  assert.deepEqual([o.cadre, o.definition], ['doctors_pre2001', 'doctors_pre2001']);
  assert.ok(o.flags.includes('series_break'));
  const now = obs(normaliseFigure(figure({ indicator: '执业(助理)医师', year: '2002', value: '184.4' }), context()));
  assert.deepEqual([now.cadre, now.definition, now.flags.includes('series_break')], ['physicians_assistants', null, false]);
  const old = obs(normaliseFigure(figure({ indicator: '卫生人员(不含乡村医生和卫生员)', year: '1990', value: '490.6' }), context()));
  assert.deepEqual([old.cadre, old.definition], ['health_workers_excl_village', 'excl_village_doctors']);
});

test('approximate values carry their qualifier as a flag', () => {
  const o = obs(normaliseFigure(figure({ value: '约1069' }), context()));
  assert.ok(o.flags.includes('approximate'));
});

test('figure_key ignores the source and the value', () => {
  const a = obs(normaliseFigure(figure({ value: '1069.4' }), context()));
  const f = figure({ value: '1069' });
  f.raw_row = 9;
  const b = obs(normaliseFigure(f, context()));
  assert.equal(figureKey(a), figureKey(b));
  assert.notEqual(a.obs_id, b.obs_id);
});

const pair = (o: Outcome) => { assert.equal(o.kind, 'range', JSON.stringify(o)); return (o as Extract<Outcome, { kind: 'range' }>).obs; };

test('a printed range becomes two observations: lower and upper bound, same dimensions', () => {
  const [low, high] = pair(normaliseFigure(figure({ indicator: '全科医生队伍|目标', year: '2020', value: '2-3', unit: '人/万居民' }), context()));
  assert.deepEqual([low.measure, low.value, low.obs_id], ['target_low', 2, 'test.csv#2:low']);
  assert.deepEqual([high.measure, high.value, high.obs_id], ['target_high', 3, 'test.csv#2:high']);
  for (const o of [low, high]) {
    assert.deepEqual([o.theme, o.cadre, o.programme, o.year, o.geo_code, o.unit, o.value_published, o.unit_published], ['target', 'gps', 'gp_workforce', 2020, 'CHN', 'per_10000', '2-3', '人/万居民']);
    assert.ok(o.flags.includes('range'), o.flags.join());
  }
  assert.notEqual(figureKey(low), figureKey(high));
  assert.equal(figureKey(low).replace('target_low', 'target_high'), figureKey(high));
});

test('2-3, 2~3 and 2至3 are the same figure: same keys, values and rounding', () => {
  const at = (value: string) => pair(normaliseFigure(figure({ indicator: '全科医生队伍|目标', year: '2020', value, unit: '人/万居民' }), context()));
  const [a, b, c] = [at('2-3'), at('2～3'), at('2至3')];
  for (const other of [b, c]) {
    for (const i of [0, 1]) assert.deepEqual([figureKey(other[i]), other[i].value, other[i].precision], [figureKey(a[i]), a[i].value, a[i].precision]);
  }
});

test('a multiplier on a range scales both ends', () => {
  const [low, high] = pair(normaliseFigure(figure({ value: '1-2万', unit: '人' }), context()));
  assert.deepEqual([low.measure, low.value, high.measure, high.value], ['headcount_low', 10000, 'headcount_high', 20000]);
});

test('a single value is one observation with no range flag and the plain measure', () => {
  const o = obs(normaliseFigure(figure({ indicator: '全科医生队伍|目标', year: '2030', value: '5', unit: '人/万居民' }), context()));
  assert.deepEqual([o.measure, o.value, o.obs_id, o.flags.includes('range')], ['target', 5, 'test.csv#2', false]);
});

test('a province or region printed in the area column is the place of the figure, at its level', () => {
  const beijing = normaliseFigure(figure({ area: '北京' }), context());
  assert.equal(beijing.kind, 'obs');
  if (beijing.kind === 'obs') assert.deepEqual([beijing.obs.geo_level, beijing.obs.geo_code, beijing.obs.area], ['province', '110000', 'total']);
  const east = normaliseFigure(figure({ area: '东部地区' }), context());
  if (east.kind === 'obs') assert.deepEqual([east.obs.geo_level, east.obs.geo_code], ['region', 'east']);
});

test('a year with a footnote mark (2016#, 2015*, 2017年*) or at its end (2019年末) is read like the bare year; other text is not a year', () => {
  for (const [printed, year] of [['2016#', 2016], ['2015*', 2015], ['2017年*', 2017], ['2018##', 2018], ['２０１９#', 2019], ['2019年末', 2019], ['2020年底', 2020]] as const) {
    assert.equal(obs(normaliseFigure(figure({ year: printed }), context())).year, year, printed);
  }
  assert.match(rej(normaliseFigure(figure({ year: '2016#a' }), context())).reason, /not a year/);
});

test('repeated printed texts (notes, units, values) are kept once for the whole build', () => {
  const strings = new Map<string, string>();
  const a = obs(normaliseFigure({ ...figure({ value: '1069.4' }), note: 'same note about the table' }, { ...context(), strings }));
  const b = obs(normaliseFigure({ ...figure({ value: '1069.4' }), note: 'same note about the table' }, { ...context(), strings }));
  assert.equal(a.note, b.note);
  assert.equal(strings.get('same note about the table'), a.note);
  assert.deepEqual([...strings.keys()].sort(), ['1069.4', 'same note about the table', '万人'].sort(), 'one entry per distinct note, unit and value');
});

test('a full pool takes no more printed values, but still every note and unit', () => {
  const strings = new Map(Array.from({ length: POOL_LIMIT }, (_, i) => [`t${i}`, `t${i}`]));
  const a = obs(normaliseFigure({ ...figure({ value: '1069.4', unit: '万人' }), note: 'a new note' }, { ...context(), strings }));
  assert.equal(a.value_published, '1069.4');
  assert.deepEqual([strings.has('1069.4'), strings.has('a new note'), strings.has('万人')], [false, true, true]);
});

test('rows of one figure have one figure hash; the hash reads every field of the key', () => {
  const a = obs(normaliseFigure(figure({ value: '1069.4' }), context()));
  const b = obs(normaliseFigure(figure({ value: '1069' }), context()));
  assert.equal(figureHash(a), figureHash(b));
  assert.notEqual(figureHash({ ...a, category: 'x' }), figureHash(a));
  assert.notEqual(figureHash({ ...a, programme: 'ab', definition: 'c' }), figureHash({ ...a, programme: 'a', definition: 'bc' }), 'fields are kept apart');
});

test('a figure key is the key fields in order, joined by |, a gap empty', () => {
  const marked = Object.fromEntries(FIGURE_KEY_FIELDS.map((f) => [f, f])) as unknown as Parameters<typeof figureKey>[0];
  assert.equal(figureKey(marked), FIGURE_KEY_FIELDS.join('|'));
  assert.equal(figureKey({ ...marked, year: 2015, category: null }), FIGURE_KEY_FIELDS.map((f) => (f === 'year' ? 2015 : f === 'category' ? '' : f)).join('|'));
});

test('DuckDB computes the same figure key from the columns (as the Parquet file is written)', async () => {
  const marked = Object.fromEntries(FIGURE_KEY_FIELDS.map((f) => [f, f])) as unknown as Parameters<typeof figureKey>[0];
  const rows = [
    obs(normaliseFigure(figure(), context())),
    { ...marked, year: 2015 },
    { ...marked, year: null, category: null, definition: '', programme: '近 2|3' },
  ] as unknown as Parameters<typeof figureKey>[0][];
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    await con.run(`CREATE TABLE t (i INTEGER, ${FIGURE_KEY_FIELDS.map((f) => `"${f}" ${f === 'year' ? 'INTEGER' : 'VARCHAR'}`).join(', ')})`);
    for (const [i, r] of rows.entries()) {
      await con.run(`INSERT INTO t VALUES (${i}, ${FIGURE_KEY_FIELDS.map((_, k) => `$${k + 1}`).join(', ')})`, FIGURE_KEY_FIELDS.map((f) => (r as Record<string, unknown>)[f] as string | number | null ?? null));
    }
    const keys = (await con.runAndReadAll(`SELECT ${FIGURE_KEY_SQL} FROM t ORDER BY i`)).getRows().map((r) => r[0]);
    assert.deepEqual(keys, rows.map(figureKey));
  } finally {
    con.closeSync();
    db.closeSync();
  }
});
