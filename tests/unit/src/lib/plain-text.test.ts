import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText } from '../../../../src/lib/plain-text.ts';

test('control characters and every bidirectional control are removed; other text is kept', () => {
  const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
  assert.equal(plainText(`a${bidi.join('')}b`), 'ab');
  assert.equal(plainText('a\u0000\u0007\t\n\u007f\u0085\u2028\u2029b'), 'ab');
  assert.equal(plainText('情景 A — 农村 (2030)'), '情景 A — 农村 (2030)');
});
