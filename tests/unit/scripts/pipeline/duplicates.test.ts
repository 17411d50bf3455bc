/** A raw file dropped in twice is refused, naming both files: identical bytes, or the same figures saved again. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from '../../../../scripts/pipeline/build.ts';
import { FigureSets } from '../../../../scripts/pipeline/duplicates.ts';
import { makeObs, root } from '../../helpers/pipeline.ts';
import { buildFrom, rawDir } from '../../helpers/small-build.ts';

const original = join(root, 'data/raw/urban-rural.csv');

test('the same file dropped in twice (identical bytes) stops the build, naming both files', async () => {
  const dir = rawDir([original, ['urban-rural-copy.csv', readFileSync(original)]]);
  await assert.rejects(buildFrom(dir), (e: Error) => e instanceof BuildError
    && /urban-rural\.csv is the same file as urban-rural-copy\.csv \(identical bytes/.test(e.message) && /never counted twice/.test(e.message));
});

test('a copy saved again (CRLF line ends, rows reordered) gives the same figures from the same source: refused', async () => {
  const [header, ...rows] = readFileSync(original, 'utf8').trimEnd().split('\n');
  const resaved = [header, ...rows.reverse()].join('\r\n') + '\r\n';
  const dir = rawDir([original, ['urban-rural (2).csv', resaved]]);
  await assert.rejects(buildFrom(dir), (e: Error) => e instanceof BuildError
    && /urban-rural\.csv gives exactly the same figures from the same source\(s\) as urban-rural \(2\)\.csv/.test(e.message));
});

test('one file alone builds, and a file with one figure changed is not a duplicate', async () => {
  const single = await buildFrom(rawDir([original]));
  const text = readFileSync(original, 'utf8');
  const [header, first, ...rest] = text.trimEnd().split('\n');
  const cells = first!.split(',');
  const valueAt = header!.split(',').indexOf('value');
  cells[valueAt] = String(Number(cells[valueAt]) + 1);
  const changed = [header, cells.join(','), ...rest].join('\n') + '\n';
  const both = await buildFrom(rawDir([original, ['urban-rural-edited.csv', changed]]));
  assert.equal(both.files.length, single.files.length + 1);
});

test('figure-set fingerprints ignore order and see a changed value', () => {
  const a = new FigureSets(), b = new FigureSets(), c = new FigureSets();
  const x = makeObs({ year: 2001, value: 1 }), y = makeObs({ year: 2002, value: 2 });
  a.add(x); a.add(y); b.add(y); b.add(x);
  c.add(x); c.add(makeObs({ year: 2002, value: 3 }));
  assert.equal(a.signature(), b.signature());
  assert.notEqual(a.signature(), c.signature());
});
