import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadLines, loadSelect, textCell } from '../../../../scripts/pipeline/duckdb-load.ts';

const COLUMNS = [
  { name: 'text', type: 'VARCHAR' }, { name: 'n', type: 'DOUBLE' }, { name: 'i', type: 'INTEGER' },
  { name: 'yes', type: 'BOOLEAN' }, { name: 'list', type: 'VARCHAR[]' },
].map((c) => ({ ...c, description: { zh: '', en: '' } }));

type Column = (typeof COLUMNS)[number];

/** The rows written by loadLines and read back by DuckDB with loadSelect (`computed`: columns DuckDB computes). */
async function roundTrip(rows: Record<string, unknown>[], columns: Column[] = COLUMNS, computed: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chwd-load-'));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const line = loadLines(columns, computed);
    const lines = rows.map((r) => line(columns.map((c) => r[c.name])));
    writeFileSync(join(dir, 't.csv'), lines.join(''));
    const r = await con.runAndReadAll(loadSelect(join(dir, 't.csv'), columns, Math.max(...lines.map((l) => l.length)), computed));
    return r.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    con.closeSync();
    db.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('texts, gaps, numbers, booleans and lists come back from DuckDB exactly as written', async () => {
  const rows = [
    { text: '', n: 0.1 + 0.2, i: -3, yes: true, list: [] },
    { text: null, n: null, i: null, yes: null, list: null },
    { text: 'say "x", then\r\nmore', n: 1069.4e4, i: 2023, yes: false, list: ['derived', 'say "x", y'] },
    { text: '  近 2.9 ', n: -0, i: 0, yes: true, list: ['a'] },
    { text: '=1+1', n: 1e-7, i: 1, yes: false, list: ['[x]'] },
  ];
  const back = await roundTrip(rows);
  assert.deepEqual(back, rows.map((r) => ({ ...r, n: Object.is(r.n, -0) ? 0 : r.n })));
});

test('a line longer than the reader\'s usual buffer (a text of 12 MB) is read whole', async () => {
  const long = '卫生'.repeat(2 << 20);
  const back = await roundTrip([{ text: long, n: 1, i: 1, yes: true, list: [long.slice(0, 10)] }, { text: 'x', n: 2, i: 2, yes: false, list: [] }]);
  assert.equal((back[0]!.text as string).length, long.length);
  assert.equal(back[0]!.text, long);
  assert.deepEqual(back.map((r) => r.i), [1, 2]);
});

test('a column DuckDB computes is not written to the file and comes back computed from the others', async () => {
  const columns = [...COLUMNS, { name: 'key', type: 'VARCHAR', description: { zh: '', en: '' } }];
  const computed = { key: `concat_ws('|', coalesce("text", ''), coalesce(CAST("i" AS VARCHAR), ''))` };
  assert.ok(!loadLines(columns, computed)(['a', 1, 7, true, [], 'not written']).includes('not written'));
  const rows = [{ text: 'a', n: 1, i: 7, yes: true, list: [], key: 'not written' }, { text: null, n: 2, i: null, yes: false, list: ['x'], key: 'not written' }];
  const back = await roundTrip(rows, columns, computed);
  assert.deepEqual(back.map((x) => [x.text, x.i, x.key]), [['a', 7, 'a|7'], [null, null, '|']]);
});

test('a number that is not finite is a gap, as in JSON', async () => {
  const back = await roundTrip([{ text: 'x', n: NaN, i: 1, yes: true, list: [] }, { text: 'y', n: Infinity, i: 2, yes: true, list: [] }]);
  assert.deepEqual(back.map((r) => r.n), [null, null]);
});

test('an empty text is quoted (an empty cell is a gap); quotes, commas and line breaks are quoted', () => {
  assert.equal(textCell(''), '""');
  assert.equal(textCell('a'), 'a');
  assert.equal(textCell('a,b'), '"a,b"');
  assert.equal(textCell('a"b'), '"a""b"');
  assert.equal(textCell('a\nb'), '"a\nb"');
  assert.equal(textCell('=x'), '=x'); // not a spreadsheet: kept as it is
});
