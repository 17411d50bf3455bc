import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublishedNumber, scaled, roundingTolerance } from '../../../../scripts/pipeline/numbers.ts';

const num = (s: string) => {
  const r = parsePublishedNumber(s);
  assert.equal(r.kind, 'number', `${s} should parse`);
  return r as Extract<typeof r, { kind: 'number' }>;
};

test('plain, full-width and footnoted numbers', () => {
  assert.equal(num('1069.4').digits, '1069.4');
  assert.equal(num('１０６９．４').digits, '1069.4');
  assert.equal(num(' 12.3* ').digits, '12.3');
  assert.equal(num('45#').digits, '45');
  assert.equal(num('45①').digits, '45');
  assert.equal(num('1069.4注1').digits, '1069.4');
});

test('thousands separators and decimal commas', () => {
  assert.equal(num('99,807').digits, '99807');
  assert.equal(num('1,111,111').digits, '1111111');
  assert.equal(num('1 234').digits, '1234');
  assert.equal(num('29,9').digits, '29.9'); // knoema prints a decimal comma
  assert.equal(num('１，２３４').digits, '1234');
});

test('万, 亿 and English multipliers become a power of ten', () => {
  assert.deepEqual([num('5万').digits, num('5万').exponent], ['5', 4]);
  assert.equal(num('1.5亿').exponent, 8);
  assert.equal(num('11 thousand').exponent, 3);
  assert.equal(num('1.07 million').exponent, 6);
  assert.equal(num('12.6 billion').exponent, 9);
  assert.equal(scaled('1069.4', 4), 10694000);
  assert.equal(scaled('1.07', 6), 1070000);
});

test('qualifiers become flags', () => {
  assert.deepEqual(num('约51').qualifiers, ['approximate']);
  assert.deepEqual(num('nearly 190,000').qualifiers, ['approximate']);
  assert.deepEqual(num('超过60').qualifiers, ['lower_bound']);
  assert.deepEqual(num('more than 290,000').qualifiers, ['lower_bound']);
  assert.deepEqual(num('2900余').qualifiers, ['lower_bound']);
  assert.deepEqual(num('5万余').qualifiers, ['lower_bound']);
  assert.equal(num('5万余').exponent, 4);
  assert.deepEqual(num('>20').qualifiers, ['lower_bound']);
  assert.deepEqual(num('500,000 more').qualifiers, []); // "more" = additional, not a bound
});

test('missing markers are missing, not zero', () => {
  for (const s of ['', '—', '——', '…', '...', '-', ' ']) assert.equal(parsePublishedNumber(s).kind, 'missing', JSON.stringify(s));
});

test('text and garbage are errors with a reason', () => {
  for (const s of ['12..3', '所有新进医疗岗位', '2-3-4', '2~', '~3']) {
    const r = parsePublishedNumber(s);
    assert.equal(r.kind, 'error', s);
  }
  assert.match((parsePublishedNumber('12..3') as { reason: string }).reason, /not a number/);
});

const range = (s: string) => {
  const r = parsePublishedNumber(s);
  assert.equal(r.kind, 'range', `${s} should parse as a range`);
  return r as Extract<typeof r, { kind: 'range' }>;
};

test('a printed range gives its two ends, whatever the separator', () => {
  // ASCII hyphen and tilde, full-width hyphen and tilde, wave dash, en and em dash, 至, 到, spaces around it
  for (const s of ['2-3', '2~3', '2－3', '2～3', '2〜3', '2–3', '2—3', '2至3', '2到3', '2 - 3', '２～３', '２至３']) {
    const r = range(s);
    assert.deepEqual([r.low, r.high, r.exponent, r.qualifiers], [{ digits: '2', decimals: 0 }, { digits: '3', decimals: 0 }, 0, []], s);
  }
  const d = range('1.5-2.25');
  assert.deepEqual([d.low, d.high], [{ digits: '1.5', decimals: 1 }, { digits: '2.25', decimals: 2 }]);
  assert.deepEqual([range('1-2*').low.digits, range('1-2*').high.digits], ['1', '2']); // footnote marker
});

test('a multiplier or qualifier printed with a range applies to both ends', () => {
  const r = range('1-2万');
  assert.equal(r.exponent, 4);
  assert.equal(scaled(r.low.digits, r.exponent), 10000);
  assert.equal(scaled(r.high.digits, r.exponent), 20000);
  assert.deepEqual(range('约2至3').qualifiers, ['approximate']);
});

test('a range printed high-low is an error, not silently swapped', () => {
  const r = parsePublishedNumber('3-2');
  assert.equal(r.kind, 'error');
  assert.match((r as { reason: string }).reason, /lower end is above its upper end/);
});

test('negative numbers parse (the plausibility check rejects them later)', () => {
  assert.equal(num('-5').digits, '-5');
});

test('ratio 1:x reads as x', () => {
  assert.equal(num('1:1.2').digits, '1.2');
});

test('rounding tolerance is half a unit of the last printed place', () => {
  assert.equal(roundingTolerance(1, 4), 500); // 1069.4万: ±0.05万
  assert.equal(roundingTolerance(2, 0), 0.005);
  assert.equal(num('1069.4').decimals, 1);
});

test('each qualifier keeps what it means and how it was printed', () => {
  const q = (s: string) => num(s).printedQualifiers.map((x) => [x.code, x.printed]);
  assert.deepEqual(q('近70'), [['nearly', '近']]);
  assert.deepEqual(q('超过80'), [['more_than', '超过']]);
  assert.deepEqual(q('超過563'), [['more_than', '超過']]);
  assert.deepEqual(q('2900余'), [['more_than', '余']]);
  assert.deepEqual(q('30以上'), [['at_least', '以上']]);
  assert.deepEqual(q('less than two'), [['less_than', 'less than']]);
  assert.deepEqual(q('约为3.7'), [['about', '约为']]);
  assert.deepEqual(q('不低于30'), [['at_least', '不低于']]);
  assert.deepEqual(q('至少5'), [['at_least', '至少']]);
  assert.deepEqual(q('不超过10'), [['up_to', '不超过']]);
  assert.deepEqual(q('突破1.2万'), [['more_than', '突破']]);
  assert.deepEqual(q('>=5'), [['at_least', '>=']], 'a sign is read whole, not as > then =');
  assert.deepEqual(q('多达500'), [], 'as many as: the number itself, no bound');
  assert.deepEqual(q('1069.4'), []);
  assert.equal(num('less than two').digits, '2');
  assert.equal(num('about four').digits, '4');
  assert.deepEqual(num('超过80').qualifiers, ['lower_bound']);
});

test('a decimal point printed as a middle dot (2·04) is a decimal point', () => {
  assert.equal(num('2·04').digits, '2.04');
  assert.equal(num('2·04').decimals, 2);
});
