import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueText } from '../../../../src/charts/value-text.ts';

test('values keep their qualifier as printed in Chinese and in words in English, and mark derived figures', () => {
  const nearly = { value: 190000, value_published: 'nearly 190,000', qualifier: 'nearly', qualifier_printed: 'nearly', precision: -4 };
  assert.equal(valueText(nearly, 'en'), 'nearly 190,000');
  assert.equal(valueText(nearly, 'zh'), '近19万');
  assert.equal(valueText({ value: 2900, value_published: '2900余', qualifier: 'more_than', qualifier_printed: '余', precision: 0 }, 'zh'), '2,900余');
  assert.equal(valueText({ value: 2900, value_published: '2900余', qualifier: 'more_than', qualifier_printed: '余', precision: 0 }, 'en'), 'more than 2,900');
  assert.equal(valueText({ value: 1070000, value_published: '107', precision: -4 }, 'zh'), '107万');
  assert.equal(valueText({ value: 1.62, value_published: '', is_derived: true, precision: 2 }, 'en'), '1.62 (derived)');
});

test('values keep their printed decimals: 2.90 stays 2.90, 3.0 stays 3.0, 1069.4万 stays 1069.4万', () => {
  assert.equal(valueText({ value: 2.9, value_published: '2.90', precision: 2 }, 'en'), '2.90');
  assert.equal(valueText({ value: 3, value_published: '3.0', precision: 1 }, 'en'), '3.0');
  assert.equal(valueText({ value: 10694000, value_published: '1069.4', precision: -3 }, 'zh'), '1,069.4万');
  assert.equal(valueText({ value: 10694000, value_published: '1069.4', precision: -3 }, 'en'), '10,694,000');
  // without a printed precision (older rows, derived inputs): up to two decimals
  assert.equal(valueText({ value: 1070000, value_published: '1.07 million' }, 'en'), '1,070,000');
});
