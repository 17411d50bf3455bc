import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawFile } from '../../../../../scripts/pipeline/layouts/read-raw-file.ts';
import { whoUnitFromIndicator } from '../../../../../scripts/pipeline/layouts/who-gho.ts';
import { normaliseFigure, type Obs } from '../../../../../scripts/pipeline/normalise.ts';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError, rejectionSummary, runBuild } from '../../../../../scripts/pipeline/build.ts';
import { context, fixture, root } from '../../../helpers/pipeline.ts';
import { buildFrom, rawDir } from '../../../helpers/small-build.ts';

test('unit read from the WHO indicator name', () => {
  assert.equal(whoUnitFromIndicator('Medical doctors (per 10,000)'), 'per 10 000 population');
  assert.equal(whoUnitFromIndicator('Nursing and midwifery personnel (number)'), 'persons');
});

test('GHO export: country rows imported, aggregates and disaggregated rows rejected, HWF_ codes not in the vocabulary rejected with the rows to add', () => {
  const parsed = readRawFile(fixture('who/gho-export.csv'));
  assert.equal(parsed.layout, 'who-gho-export');
  const ctx = context();
  const outs = [...parsed.figures].map((f) => normaliseFigure(f, ctx));
  assert.deepEqual(parsed.rejections.map((r) => [r.raw_row, r.column]), [[5, 'Location type'], [6, 'Dim1ValueCode']]);
  const obs = outs.filter((o) => o.kind === 'obs').map((o) => (o as { obs: Obs }).obs);
  assert.equal(outs.filter((o) => o.kind === 'missing').length, 1);
  const chn = obs.find((o) => o.geo_code === 'CHN')!;
  assert.deepEqual([chn.theme, chn.geo_level, chn.cadre, chn.measure, chn.unit, chn.value, chn.year], ['international', 'country', 'medical_doctors', 'density', 'per_10000', 11.11, 2019]);
  const jpn = obs.find((o) => o.geo_code === 'JPN')!;
  assert.deepEqual([jpn.cadre, jpn.unit, jpn.value], ['medical_doctors', 'persons', 222222]);
  assert.equal(obs.find((o) => o.geo_code === 'FRA'), undefined);
  const fra = outs.find((o) => o.kind === 'rejected')!;
  assert.ok(fra.kind === 'rejected');
  assert.match(fra.rejection.reason, /WHO indicator HWF_\w+ \("Pharmacists \(per 10,000\)"\) is not in data\/vocab/);
  assert.match(fra.rejection.suggestion ?? '', /data\/vocab\/indicators\.csv: "HWF_\w+,international,pharmacists,density,per_10000,,,,,"/);
  assert.match(fra.rejection.suggestion ?? '', /data\/vocab\/cadres\.csv: "pharmacists,<中文名>\(WHO口径\),Pharmacists \(WHO definition\),<sort>,Pharmacists"/);
  assert.equal(ctx.extraLabels.has('cadre:pharmacists'), false, 'no label invented from the English indicator name');
  assert.equal(ctx.extraLabels.get('geo:JPN')?.zh, '日本');
  assert.equal(chn.source_id, 'fixture-who-gho-export');
});

test('a GHO export without its sidecar stops the build with one message: how many rows, and the sidecar to add', async () => {
  const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/gho-`);
  copyFileSync(fixture('who/gho-export.csv'), `${dir}/gho.csv`);
  assert.throws(() => readRawFile(`${dir}/gho.csv`), (e: Error) => e instanceof BuildError && !e.message.includes('\n')
    && /^gho\.csv: a WHO GHO export carries no citation in its rows, so none of its 6 rows can be imported: add gho\.csv\.source\.json/.test(e.message));
  rmSync(dir, { recursive: true, force: true });
});

test('a dropped-in export of a new cadre (dentists) is reported once per indicator, with the vocabulary rows to add', async () => {
  const r = await buildFrom(rawDir([fixture('who/dentists-export.csv'), fixture('who/curated-who.csv')]));
  assert.equal(r.rejections.length, 3);
  assert.deepEqual(rejectionSummary(r.rejections), [
    'dentists-export.csv, 2 rows (2–3), column IndicatorCode: WHO indicator HWF_0010 ("Dentists (per 10,000)") is not in data/vocab [HWF_0010] → ' +
      'add to data/vocab/indicators.csv: "HWF_0010,international,dentists,density,per_10000,,,,," and, unless cadre dentists is already listed, ' +
      'to data/vocab/cadres.csv: "dentists,<中文名>(WHO口径),Dentists (WHO definition),<sort>,Dentists"',
    'dentists-export.csv row 4, column IndicatorCode: WHO indicator HWF_0011 ("Dentists (number)") is not in data/vocab [HWF_0011] → ' +
      'add to data/vocab/indicators.csv: "HWF_0011,international,dentists,headcount,persons,,,,," and, unless cadre dentists is already listed, ' +
      'to data/vocab/cadres.csv: "dentists,<中文名>(WHO口径),Dentists (WHO definition),<sort>,Dentists"',
  ]);
});

test('a new cadre listed in data/vocab gets its labels and unit from there, in both languages', async () => {
  const dir = rawDir([fixture('who/dentists-export.csv'), fixture('who/doctors-dropin.csv')]);
  const vocabDir = join(dir, 'vocab');
  cpSync(join(root, 'data/vocab'), vocabDir, { recursive: true });
  appendFileSync(join(vocabDir, 'indicators.csv'), 'HWF_0010,international,dentists,density,per_10000,,,,,\nHWF_0011,international,dentists,headcount,persons,,,,,\n');
  appendFileSync(join(vocabDir, 'cadres.csv'), 'dentists,牙医(WHO口径),Dentists (WHO definition),302,Dentists\n');
  const r = await runBuild({ rawDir: dir, outDir: join(dir, 'out'), vocabDir, cataloguePath: join(root, 'data/sources.json'), strict: false });
  assert.equal(r.rejections.length, 0);
  const csv = readFileSync(join(dir, 'out/labels.csv'), 'utf8');
  assert.match(csv, /cadre,dentists,牙医\(WHO口径\),Dentists \(WHO definition\)/);
  assert.doesNotMatch(csv, /\(number\)|\(per 10,000\)/, 'no label taken from an indicator name');
  const obs = readFileSync(join(dir, 'out/observations.csv'), 'utf8').split('\r\n').filter((l) => l.includes(',dentists,'));
  assert.equal(obs.length, 3);
  assert.ok(obs.some((l) => /,dentists,density,per_10000,.*,4\.44,/.test(l)), obs.join('\n'));
  assert.ok(obs.some((l) => /,dentists,headcount,persons,.*,111111,/.test(l)), obs.join('\n'));
});
