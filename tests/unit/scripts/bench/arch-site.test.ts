import { test } from 'node:test';
import assert from 'node:assert/strict';
import { archUrl, pageKey } from '../../../../scripts/bench/arch-site.ts';

test('a page path becomes a file key for the comparison page', () => {
  assert.equal(pageKey('/'), 'index');
  assert.equal(pageKey('/training/'), 'training');
  assert.equal(pageKey('/en/urban-rural/'), 'en-urban-rural');
  assert.equal(archUrl('http://h', 'duckdb', '/en/training/'), 'http://h/__bench/arch/?mode=duckdb&page=en-training');
});
