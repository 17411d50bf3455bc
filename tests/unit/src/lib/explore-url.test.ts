/** The Explore page's query in its URL. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSql, writeSql } from '../../../../src/lib/explore-url.ts';

test('a query survives the URL exactly, other parameters kept', () => {
  const sql = "SELECT year, value FROM observations\nWHERE cadre = 'nurses' AND value > 1 -- 护士 & more";
  const params = writeSql(new URLSearchParams('lang=x'), sql);
  assert.equal(params.get('lang'), 'x');
  assert.equal(readSql(new URLSearchParams(params.toString())), sql);
});

test('an empty or blank query leaves the parameter out', () => {
  assert.equal(writeSql(new URLSearchParams('sql=SELECT+1'), '  ').has('sql'), false);
  assert.equal(readSql(new URLSearchParams('sql=%20')), null);
  assert.equal(readSql(new URLSearchParams('')), null);
});
