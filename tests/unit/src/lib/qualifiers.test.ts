import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qualifierOf } from '../../../../src/lib/qualifiers.ts';

test('a qualifier printed beside a number means one of six things, or none', () => {
  const cases: [string, string | null][] = [
    ['近', 'nearly'], ['将近', 'nearly'], ['约', 'about'], ['左右', 'about'], ['超过', 'more_than'], ['逾', 'more_than'],
    ['余', 'more_than'], ['多', 'more_than'], ['以上', 'at_least'], ['不少于', 'at_least'], ['不低于', 'at_least'],
    ['至少', 'at_least'], ['不足', 'less_than'], ['不到', 'less_than'], ['以下', 'up_to'], ['不超过', 'up_to'],
    ['余以上', 'at_least'], ['多达', null], ['之多', null],
  ];
  for (const [printed, meaning] of cases) assert.equal(qualifierOf(printed), meaning, printed);
});
