/**
 * The attributes a chart section rewrites on every redraw (src/client/chart-draw.ts) are for scripts and tests, never
 * for style: a selector on one of them makes each change restyle the chart's whole section, hundreds of elements, in
 * the frame after the change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sourceFiles } from '../../helpers/source-files.ts';

const REWRITTEN = ['data-rendered', 'data-state', 'data-drawn-width'];

/** Every stylesheet of the site: the files under src/styles and the <style> blocks of components and pages. */
function styleSheets(): { file: string; css: string }[] {
  return sourceFiles('.css', '.astro').flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return file.endsWith('.css') ? [{ file, css: text }] : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ file, css: m[1]! }));
  });
}

/** The selectors of a stylesheet (the text before each block; comments left out). */
const selectors = (css: string): string[] =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]+)\{/g)].map((m) => m[1]!.trim()).filter((s) => !s.startsWith('@'));

test('the site has stylesheets to check, and the check finds an attribute in a selector', () => {
  const sheets = styleSheets();
  assert.ok(sheets.some((s) => s.file.endsWith('site.css')), 'styles/site.css is read');
  assert.deepEqual(selectors(".a:not([data-rendered='live']) .b > * { visibility: hidden; }"), [".a:not([data-rendered='live']) .b > *"]);
});

test('no selector uses an attribute that every redraw of a chart rewrites', () => {
  for (const { file, css } of styleSheets()) {
    for (const selector of selectors(css)) {
      for (const attribute of REWRITTEN) assert.ok(!selector.includes(attribute), `${file}: "${selector}" uses ${attribute}`);
    }
  }
});
