import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { AHEAD_CLASS, KEPT, boxed, controlOf, discard, hasAhead, keepAhead, nextStates, showDrawing, stageAhead, takeAhead, type AheadView } from '../../../../src/client/ahead.ts';

const { document } = parseHTML(`<form>
  <select data-key="year"><option value="2019">2019</option><option value="2018">2018</option><option value="2017">2017</option></select>
  <input type="radio" name="v" data-key="view" value="lines" checked><input type="radio" name="v" data-key="view" value="rank">
  <input type="radio" name="g" data-key="group" value="a"><input type="radio" name="g" data-key="group" value="b" checked><input type="radio" name="g" data-key="group" value="c">
  <input type="range" data-key="share" min="0" max="10">
  <label><span>Age</span><select data-key="age">${[0, 1, 2, 3, 4, 5].map((v) => `<option value="${v}">${v}</option>`).join('')}</select></label>
  <label class="radio"><input type="radio" name="k" data-key="kind" value="x"><span>x</span></label>
  <p>not a control</p>
</form>`);
const el = (selector: string) => document.querySelector(selector) as unknown as HTMLElement;
const defaults = { year: 2019, view: 'lines', group: 'b', share: 5 };

test('a select: the options after and before the current one, typed as the state is', () => {
  assert.deepEqual(nextStates(el('select'), { ...defaults, year: 2018 }, defaults).map((s) => s.year), [2017, 2019]);
  // the first option's neighbours wrap round
  assert.deepEqual(nextStates(el('select'), defaults, defaults).map((s) => s.year), [2018, 2017]);
});

test('a menu being picked from: as many options as asked, nearest the current one first, each once', () => {
  const state = { age: 2 };
  assert.deepEqual(nextStates(el('[data-key=age]'), state, state).map((s) => s.age), [3, 1]);
  assert.deepEqual(nextStates(el('[data-key=age]'), state, state, 4).map((s) => s.age), [3, 1, 4, 0]);
  assert.deepEqual(nextStates(el('[data-key=age]'), state, state, 10).map((s) => s.age), [3, 1, 4, 0, 5]);
});

test('the control reached: the element itself, or the one in the label the pointer is over; nothing elsewhere', () => {
  assert.equal(controlOf(el('[data-key=age]')), el('[data-key=age]'));
  assert.equal(controlOf(el('label.radio span')), el('[data-key=kind]'));
  assert.equal(controlOf(el('label span')), el('[data-key=age]'));
  assert.equal(controlOf(el('p')), null);
  assert.equal(controlOf(null), null);
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

// Views kept unseen in the figure: what is shown, what steps aside, what leaves the page.

/** tasks.ts's idle() falls back to a timer outside a browser window. */
(globalThis as { window?: object }).window ??= {};
const afterIdle = () => new Promise((resolve) => setTimeout(resolve, 250));

function page() {
  const { document: doc } = parseHTML(`<section><figure data-chart-figure>
    <div class="chart-drawing" data-width="360"><svg role="img"></svg></div><div class="chart-drawing" data-width="928"><svg role="img"></svg></div>
  </figure></section>`);
  return { doc, section: doc.querySelector('section') as unknown as HTMLElement, figure: doc.querySelector('figure') as unknown as HTMLElement };
}
const view = (drawing: HTMLElement): AheadView => ({ drawing, subtitle: '', notes: '', source: null });
const ctx = { lang: 'en', width: 343, theme: 'light' } as const;

test('a staged view waits in the figure hidden from screen readers; shown, it is the only drawing not stepping aside', async () => {
  const { doc, figure } = page();
  const next = boxed(doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as Element);
  const other = boxed(doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as Element);
  stageAhead(figure, next);
  stageAhead(figure, other);
  assert.equal(next.parentNode, figure);
  assert.ok(next.classList.contains(AHEAD_CLASS));
  assert.equal(next.getAttribute('aria-hidden'), 'true');

  showDrawing(figure, next);
  assert.equal(next.parentNode, figure, 'shown where it was staged, not moved');
  assert.equal(next.classList.contains(AHEAD_CLASS), false);
  assert.equal(next.hasAttribute('aria-hidden'), false);
  const prerendered = [...figure.querySelectorAll('.chart-drawing')];
  assert.ok(prerendered.every((d) => d.classList.contains(AHEAD_CLASS) && d.getAttribute('aria-hidden') === 'true'), 'the build\'s drawings step aside at once');
  assert.ok(other.classList.contains(AHEAD_CLASS) && other.parentNode === figure, 'another staged view stays for later');
  await afterIdle();
  assert.equal(figure.querySelectorAll('.chart-drawing').length, 0, 'and leave the page when the browser is idle');
  assert.equal(other.parentNode, figure);
});

test('a view drawn on the change goes first in the figure; the oldest of too many kept views leaves the page', async () => {
  const { doc, section, figure } = page();
  const fresh = boxed(doc.createElement('div') as unknown as Element);
  showDrawing(figure, fresh);
  assert.equal(figure.firstElementChild, fresh);

  const years = Array.from({ length: KEPT + 1 }, (_, i) => i + 1);
  const boxes = years.map((year) => {
    const box = boxed(doc.createElement('div') as unknown as Element);
    stageAhead(figure, box);
    keepAhead(section, { year }, ctx, Promise.resolve(view(box)));
    return box;
  });
  await afterIdle();
  assert.equal(boxes[0]!.parentNode, null, 'the oldest kept view left the page');
  assert.ok(boxes.slice(1).every((b) => b.parentNode === figure));
  assert.equal(await takeAhead(section, { year: 1 }, ctx), null);
  assert.equal((await takeAhead(section, { year: KEPT + 1 }, ctx))?.drawing, boxes[KEPT]);
  assert.equal(takeAhead(section, { year: KEPT + 1 }, ctx), null, 'a view is taken once');
  discard(Promise.resolve(view(boxes[KEPT - 1]!)));
  await afterIdle();
  assert.equal(boxes[KEPT - 1]!.parentNode, null, 'a view given up leaves the page');
});

test('a view given up while it was being made is not kept: its state can be drawn ahead again', async () => {
  const { section } = page();
  keepAhead(section, { year: 2 }, ctx, Promise.resolve(null));
  assert.equal(hasAhead(section, { year: 2 }, ctx), true, 'being made');
  await Promise.resolve();
  await Promise.resolve();
  assert.equal(hasAhead(section, { year: 2 }, ctx), false);
});
