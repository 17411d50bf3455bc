/** The spot a DuckDB error points at, read from DuckDB's own messages (the same engine as in the browser). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorPosition, errorText } from '../../../../../src/client/explorer/sql-error.ts';
import { sqlError } from '../../../helpers/duckdb-sql.ts';

const at = (sql: string, offset: number) => sql.slice(offset, offset + 8);

test('a syntax error points at the token DuckDB names', async () => {
  const sql = 'SELECT * FORM observations';
  const message = await sqlError(sql);
  const pos = errorPosition(message, sql)!;
  assert.deepEqual([pos.line, pos.column], [1, 15]);
  assert.equal(at(sql, pos.offset), 'observat');
  assert.match(errorText(message), /^Parser Error: syntax error at or near "observations"$/);
});

test('an unknown column on the third line points at it, counting earlier lines', async () => {
  const sql = 'SELECT year,\n  value,\n  nonesuch FROM observations';
  const message = await sqlError(sql);
  const pos = errorPosition(message, sql)!;
  assert.deepEqual([pos.line, pos.column], [3, 3]);
  assert.equal(at(sql, pos.offset), 'nonesuch');
  assert.doesNotMatch(errorText(message), /LINE 3/);
});

test('an unknown table is found on a long line DuckDB shows only in part', async () => {
  const sql = `SELECT ${Array.from({ length: 30 }, (_, i) => `year AS y${i}`).join(', ')} FROM observatoins`;
  const message = await sqlError(sql);
  assert.match(message, /LINE 1: \.\.\./);
  const pos = errorPosition(message, sql)!;
  assert.equal(at(sql, pos.offset), 'observat');
});

test('an error without a position gives none', async () => {
  assert.equal(errorPosition('Conversion Error: Could not convert string "x" to INT32', 'SELECT \'x\'::INT'), null);
});
