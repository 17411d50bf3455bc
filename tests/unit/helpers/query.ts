/** Named queries over the built data (public/data, or DATA_DIR) for tests, and a finder that fails when a row is missing. */
import assert from 'node:assert/strict';
import type { Row } from '../../../src/contract/rows.ts';
import { createNodeRunner } from '../../../src/queries/node.ts';

export const runner = createNodeRunner();

export function find(rows: Row[], pred: (r: Row) => boolean): Row {
  const r = rows.find(pred);
  assert.ok(r, 'expected row not found');
  return r;
}
