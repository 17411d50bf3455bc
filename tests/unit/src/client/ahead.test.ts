import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { nextStates } from '../../../../src/client/ahead.ts';

const { document } = parseHTML(`<form>
  <select data-key="year"><option value="2019">2019</option><option value="2018">2018</option><option value="2017">2017</option></select>
  <input type="radio" name="v" data-key="view" value="lines" checked><input type="radio" name="v" data-key="view" value="rank">
  <input type="radio" name="g" data-key="group" value="a"><input type="radio" name="g" data-key="group" value="b" checked><input type="radio" name="g" data-key="group" value="c">
  <input type="range" data-key="share" min="0" max="10">
</form>`);
const el = (selector: string) => document.querySelector(selector) as unknown as HTMLElement;
const defaults = { year: 2019, view: 'lines', group: 'b', share: 5 };

test('a select: the options after and before the current one, typed as the state is', () => {
  assert.deepEqual(nextStates(el('select'), { ...defaults, year: 2018 }, defaults).map((s) => s.year), [2017, 2019]);
  // the first option's neighbours wrap round
  assert.deepEqual(nextStates(el('select'), defaults, defaults).map((s) => s.year), [2018, 2017]);
});

test('a radio button not yet chosen: its own value only', () => {
  assert.deepEqual(nextStates(el('[value=rank]'), defaults, defaults), [{ ...defaults, view: 'rank' }]);
});

test('the chosen radio button: its group\'s next and previous buttons; two buttons give one state', () => {
  assert.deepEqual(nextStates(el('[value=b]'), defaults, defaults).map((s) => s.group), ['c', 'a']);
  assert.deepEqual(nextStates(el('[value=lines]'), defaults, defaults).map((s) => s.view), ['rank']);
});

test('nothing for a slider, a control of another chart or a value the control does not offer', () => {
  assert.deepEqual(nextStates(el('[type=range]'), defaults, defaults), []);
  assert.deepEqual(nextStates(el('select'), { view: 'lines' }, { view: 'lines' }), []);
  assert.deepEqual(nextStates(el('select'), { ...defaults, year: 1990 }, defaults), []);
});
