import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawFile } from '../../../../../scripts/pipeline/layouts/read-raw-file.ts';
import { whoUnitFromIndicator } from '../../../../../scripts/pipeline/layouts/who-gho.ts';
import { normaliseFigure, type Obs } from '../../../../../scripts/pipeline/normalise.ts';
import { context, fixture } from '../../../helpers/pipeline.ts';

test('unit read from the WHO indicator name', () => {
  assert.equal(whoUnitFromIndicator('Medical doctors (per 10,000)'), 'per 10 000 population');
  assert.equal(whoUnitFromIndicator('Nursing and midwifery personnel (number)'), 'persons');
});

test('GHO export: country rows imported, aggregates and disaggregated rows rejected, new HWF_ codes described from their name', () => {
  const parsed = readRawFile(fixture('who/gho-export.csv'));
  assert.equal(parsed.layout, 'who-gho-export');
  assert.deepEqual(parsed.rejections.map((r) => [r.raw_row, r.column]), [[5, 'Location type'], [6, 'Dim1ValueCode']]);
  const ctx = context();
  const outs = parsed.figures.map((f) => normaliseFigure(f, ctx));
  const obs = outs.filter((o) => o.kind === 'obs').map((o) => (o as { obs: Obs }).obs);
  assert.equal(outs.filter((o) => o.kind === 'missing').length, 1);
  const chn = obs.find((o) => o.geo_code === 'CHN')!;
  assert.deepEqual([chn.theme, chn.geo_level, chn.cadre, chn.measure, chn.unit, chn.value, chn.year], ['international', 'country', 'medical_doctors', 'density', 'per_10000', 11.11, 2019]);
  const jpn = obs.find((o) => o.geo_code === 'JPN')!;
  assert.deepEqual([jpn.cadre, jpn.unit, jpn.value], ['medical_doctors', 'persons', 222222]);
  const fra = obs.find((o) => o.geo_code === 'FRA')!;
  assert.equal(fra.cadre, 'who_pharmacists');
  assert.equal(ctx.extraLabels.get('cadre:who_pharmacists')?.en, 'Pharmacists (per 10,000)');
  assert.equal(ctx.extraLabels.get('geo:JPN')?.zh, '日本');
  assert.equal(chn.source_id, 'fixture-who-gho-export');
});

test('a GHO export without its sidecar is rejected row by row', async () => {
  const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/gho-`);
  copyFileSync(fixture('who/gho-export.csv'), `${dir}/gho.csv`);
  const parsed = readRawFile(`${dir}/gho.csv`);
  assert.equal(parsed.figures.length, 0);
  assert.equal(parsed.rejections.length, 6);
  assert.match(parsed.rejections[0].suggestion ?? '', /gho\.csv\.source\.json/);
  rmSync(dir, { recursive: true, force: true });
});
