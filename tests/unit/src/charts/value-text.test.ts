import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueText } from '../../../../src/charts/value-text.ts';

test('values keep published qualifiers and mark derived figures', () => {
  assert.equal(valueText({ value: 190000, value_published: 'nearly 190,000' }, 'en'), '190,000 (nearly 190,000)');
  assert.equal(valueText({ value: 1070000, value_published: '107' }, 'zh'), '107万');
  assert.equal(valueText({ value: 1.62, value_published: '', is_derived: true }, 'en'), '1.62 (derived)');
});

test('values: a printed form that is only the number in other words ("1.07 million") adds nothing to the label', () => {
  assert.equal(valueText({ value: 1070000, value_published: '1.07 million' }, 'zh'), '107万');
  assert.equal(valueText({ value: 1070000, value_published: '1.07 million' }, 'en'), '1,070,000');
  assert.equal(valueText({ value: 500000, value_published: 'about 500,000' }, 'en'), '500,000 (about 500,000)');
  assert.equal(valueText({ value: 1060000, value_published: '1.07 million' }, 'en'), '1,060,000 (1.07 million)');
});

