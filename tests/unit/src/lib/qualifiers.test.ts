import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PREFIX_WORDS, printedBefore, qualifierOf } from '../../../../src/lib/qualifiers.ts';

test('a qualifier printed beside a number means one of six things, or none', () => {
  const cases: [string, string | null][] = [
    ['近', 'nearly'], ['将近', 'nearly'], ['约', 'about'], ['左右', 'about'], ['超过', 'more_than'], ['逾', 'more_than'],
    ['余', 'more_than'], ['多', 'more_than'], ['以上', 'at_least'], ['不少于', 'at_least'], ['不低于', 'at_least'],
    ['至少', 'at_least'], ['不足', 'less_than'], ['不到', 'less_than'], ['以下', 'up_to'], ['不超过', 'up_to'],
    ['余以上', 'at_least'], ['多达', null], ['之多', null],
    ['突破', 'more_than'], ['超', 'more_than'], ['多于', 'more_than'], ['至多', 'up_to'], ['约为', 'about'], ['高达', null],
    ['≥', 'at_least'], ['>=', 'at_least'], ['>', 'more_than'], ['<=', 'up_to'],
    ['約', 'about'], ['將近', 'nearly'], ['不少於', 'at_least'], ['餘', 'more_than'], ['餘以上', 'at_least'],
  ];
  for (const [printed, meaning] of cases) assert.equal(qualifierOf(printed), meaning, printed);
});

test('the words before a number are tried longest first, so a word is never read as the shorter word it ends with', () => {
  for (const [i, w] of PREFIX_WORDS.entries()) {
    for (const shorter of PREFIX_WORDS.slice(0, i)) assert.ok(!w.endsWith(shorter) && !w.startsWith(shorter), `${shorter} is tried before ${w}`);
  }
  assert.equal(printedBefore('不超过'), true);
  assert.equal(printedBefore('余以上'), false);
  assert.equal(printedBefore('約'), true, 'traditional text keeps its qualifier before the number');
});
