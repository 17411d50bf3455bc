import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { AHEAD_CLASS, KEPT } from '../../../../src/client/ahead.ts';
import { sameHtml, showWords, stageWords, type Words } from '../../../../src/client/word-slots.ts';

/** tasks.ts's idle() falls back to a timer outside a browser window. */
(globalThis as { window?: object }).window ??= {};
const afterIdle = () => new Promise((resolve) => setTimeout(resolve, 250));

const PAGE_SOURCE = 'Source: <a href="/sources/#source-a">Yearbook 2021</a>, table 2-1';

function chart() {
  const { document } = parseHTML(`<section>
    <p class="chart-subtitle chart-slot"><span class="chart-words" data-chart-subtitle>Doctors, 2021</span></p>
    <div class="chart-notes chart-slot"><div class="chart-words" data-chart-notes><p>A note.</p></div></div>
    <div class="chart-source chart-slot"><div class="chart-words" data-chart-source>${PAGE_SOURCE}</div></div>
  </section>`);
  const section = document.querySelector('section') as unknown as HTMLElement;
  const shown = (slot: string) => section.querySelector(`[data-chart-${slot}]`)!;
  const text = (slot: string) => shown(slot).innerHTML;
  const slot = (name: string) => section.querySelector(`.chart-${name}`)!;
  return { section, shown, text, slot };
}
const words = (year: number, source: string | null = null): Words => ({ subtitle: `Doctors, ${year}`, notes: '<p>A note.</p>', source });

test('words laid out ahead wait in their slot hidden from screen readers, without the attribute the page reads', () => {
  const { section, shown, slot } = chart();
  stageWords(section, words(2020, 'Source: <a href="/sources/#source-b">Bulletin</a>'));
  const staged = [...slot('subtitle').children].filter((b) => b.classList.contains(AHEAD_CLASS));
  assert.equal(staged.length, 1);
  assert.equal(staged[0]!.innerHTML, 'Doctors, 2020');
  assert.equal(staged[0]!.getAttribute('aria-hidden'), 'true');
  assert.equal(staged[0]!.hasAttribute('data-chart-subtitle'), false);
  assert.equal(slot('source').children.length, 2);
  // Notes the page already shows get no second box.
  assert.equal(slot('notes').children.length, 1);
  assert.equal(shown('subtitle').innerHTML, 'Doctors, 2021');
  assert.equal(section.querySelectorAll('[data-chart-subtitle]').length, 1);
});

test('a change shows the words laid out ahead (the same box); the words it replaces step aside for a change back', () => {
  const { section, shown, slot } = chart();
  stageWords(section, words(2020, 'Source: <a href="/sources/#source-b">Bulletin</a>'));
  const staged = [...slot('subtitle').children].find((b) => b.classList.contains(AHEAD_CLASS))!;
  const before = shown('subtitle');
  const notes = shown('notes');
  showWords(section, words(2020, 'Source: <a href="/sources/#source-b">Bulletin</a>'));
  assert.equal(shown('subtitle'), staged, 'the box laid out ahead, not a new one');
  assert.equal(staged.classList.contains(AHEAD_CLASS), false);
  assert.equal(staged.hasAttribute('aria-hidden'), false);
  assert.ok(before.classList.contains(AHEAD_CLASS) && before.parentNode === slot('subtitle') && !before.hasAttribute('data-chart-subtitle'));
  assert.equal(shown('notes'), notes, 'words that did not change are left as they were');
  assert.equal(shown('source').textContent, 'Source: Bulletin');

  // Back to the page's view: its own boxes again, the source line included (null: the page's own).
  showWords(section, words(2021));
  assert.equal(shown('subtitle'), before);
  assert.equal(shown('source').innerHTML, PAGE_SOURCE);
  assert.equal(section.querySelectorAll('[data-chart-source]').length, 1);
});

test('words never laid out ahead are written on the change; the page\'s own words are found however they are written', () => {
  const { section, shown, slot } = chart();
  const page = shown('source');
  showWords(section, words(2019, 'Source: <a href="/sources/#source-a">Yearbook 2021</a>, table 2-1'));
  assert.equal(shown('source'), page, 'HTML the page already shows is not written again');
  showWords(section, words(2019, 'Source: <b>other</b>'));
  assert.equal(shown('subtitle').textContent, 'Doctors, 2019');
  assert.equal(shown('source').innerHTML, 'Source: <b>other</b>');
  assert.equal(slot('source').firstElementChild, shown('source'), 'written first in its slot');
});

test('only a few boxes are kept per slot: the oldest set aside leaves the page when the browser is idle', async () => {
  const { section, slot } = chart();
  for (let year = 1; year <= KEPT + 4; year++) stageWords(section, words(year));
  await afterIdle();
  const boxes = [...slot('subtitle').children];
  assert.equal(boxes.length, KEPT + 2);
  assert.ok(boxes.some((b) => b.hasAttribute('data-chart-subtitle')), 'the words on screen stay');
  assert.ok(!boxes.some((b) => b.innerHTML === 'Doctors, 1'), 'the oldest left');
});

test('HTML compared as the browser reads it', () => {
  const { shown } = chart();
  assert.ok(sameHtml(shown('source'), "Source: <a href='/sources/#source-a'>Yearbook 2021</a>, table 2-1"));
  assert.ok(!sameHtml(shown('source'), 'Source: Yearbook 2021'));
});
