import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vocab } from '../../helpers/pipeline.ts';
import { editDistance, nearest } from '../../../../scripts/pipeline/suggest.ts';

const geo = (s: string) => {
  const m = vocab.geographies.match(s);
  return m.ok ? m.value.code : null;
};

test('province aliases: short, full, traditional, English, odd spacing', () => {
  for (const s of ['内蒙古', '内蒙古自治区', '內蒙古自治區', 'Inner Mongolia', 'Inner  Mongolia', 'inner mongolia', 'Nei Mongol']) assert.equal(geo(s), '150000', s);
  for (const s of ['西藏', '西 藏', 'Tibet', 'Xizang', '西藏自治区']) assert.equal(geo(s), '540000', s);
  assert.equal(geo('廣東省'), '440000');
  assert.equal(geo('陝西'), '610000');
  assert.equal(geo('Shaanxi'), '610000');
  assert.equal(geo('Shanxi'), '140000');
  assert.equal(geo('全 国'), 'CHN');
  assert.equal(geo('National Total'), 'CHN');
  assert.equal(geo('中西部'), 'central_west');
});

test('all 31 provinces have GB/T 2260 codes and labels', () => {
  const provinces = vocab.labels.filter((l) => l.domain === 'geo' && /^\d{6}$/.test(l.code));
  assert.equal(provinces.length, 31);
  for (const p of provinces) assert.match(p.code, /^[1-6]\d0000$/);
});

test('unknown labels come back with the nearest known ones', () => {
  const m = vocab.geographies.match('内蒙');
  assert.equal(m.ok, false);
  assert.ok(!m.ok && m.suggestions.includes('内蒙古'), JSON.stringify(m));
  const c = vocab.cadres.match('注册护土');
  assert.ok(!c.ok && c.suggestions[0] === '注册护士', JSON.stringify(c));
  const i = vocab.indicators.match('卫生技朮人员');
  assert.ok(!i.ok && i.suggestions[0] === '卫生技术人员');
});

test('cadre aliases map to the agreed codes', () => {
  const cadre = (s: string) => { const m = vocab.cadres.match(s); return m.ok ? m.value : null; };
  assert.equal(cadre('执业(助理)医师'), 'physicians_assistants');
  assert.equal(cadre('执业（助理）医师'), 'physicians_assistants'); // full-width brackets
  assert.equal(cadre('#执业医师'.replace('#', '')), 'physicians');
  assert.equal(cadre('乡村医生和卫生员'), 'village_doctors_aides');
  assert.equal(cadre('全科医生'), 'gps');
  assert.equal(cadre('药师(士)'), 'pharmacists');
});

test('edit distance and ordering of suggestions', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('北京', '北京'), 0);
  assert.deepEqual(nearest('Beijin', ['Beijing', 'Nanjing', 'Tianjin'], 1), ['Beijing']);
});

test('every code in the vocabularies has both labels', () => {
  for (const l of vocab.labels) {
    assert.ok(l.zh && l.en, `${l.domain}:${l.code} lacks a label`);
    assert.ok(Number.isFinite(l.sort), `${l.domain}:${l.code} sort`);
  }
});

test('the nearest-label search runs once per distinct unknown label, not once per row', () => {
  const first = vocab.cadres.match('卫生技朮人员x');
  const again = vocab.cadres.match(' 卫生技朮人员X ');
  assert.ok(!first.ok && !again.ok);
  assert.equal(again.suggestions, first.suggestions, 'the same remembered answer, not a new search');
  assert.ok(first.suggestions.length > 0);
});
