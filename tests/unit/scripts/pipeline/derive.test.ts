import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveDensities } from '../../../../scripts/pipeline/derive.ts';
import { makeObs } from '../../helpers/pipeline.ts';

const publisher = (id: string) => (id.startsWith('nbs') ? 'NBS' : id);
const headcount = (over = {}) => makeObs({ obs_id: 'p.csv#10', year: 1999, geo_level: 'province', geo_code: '110000', cadre: 'health_technicians', value: 107000, value_published: '10.7', source_id: 'nbs-t21-17', source_kind: 'official_table', raw_file: 'p.csv', raw_row: 10, ...over });
const population = (over = {}) => makeObs({ obs_id: 'p.csv#20', theme: 'population', year: 1999, geo_level: 'province', geo_code: '110000', cadre: 'population', measure: 'count', value: 12570000, value_published: '1257', precision: -4, source_id: 'nbs-t4-3', source_kind: 'official_table', raw_file: 'p.csv', raw_row: 20, ...over });

test('density from a published headcount and population of the same official publisher, flagged derived', () => {
  const [d] = deriveDensities([headcount(), population()], publisher);
  assert.equal(d.value, 8.51); // 107000 / 12570000 × 1000 = 8.512…
  assert.deepEqual([d.measure, d.unit, d.cadre, d.year, d.geo_code], ['density', 'per_1000', 'health_technicians', 1999, '110000']);
  assert.ok(d.flags.includes('derived'));
  assert.deepEqual(d.derived_from, ['nbs-t21-17', 'nbs-t4-3']);
  assert.equal(d.value_published, '');
  assert.match(d.note, /10\.7 .*÷ population 1257 .*× 1000/);
});

test('no derivation without both inputs, across publishers, from non-official sources, or where a density is published', () => {
  assert.deepEqual(deriveDensities([headcount()], publisher), []);
  assert.deepEqual(deriveDensities([headcount(), population({ year: 1998 })], publisher), []);
  assert.deepEqual(deriveDensities([headcount({ source_id: 'tj-stats' }), population()], publisher), []);
  assert.deepEqual(deriveDensities([headcount({ source_kind: 'reprint' }), population()], publisher), []);
  const published = makeObs({ year: 1999, geo_level: 'province', geo_code: '110000', cadre: 'health_technicians', measure: 'density', unit: 'per_1000', denominator: 'unspecified', value: 8.5 });
  assert.deepEqual(deriveDensities([headcount(), population(), published], publisher), []);
});
