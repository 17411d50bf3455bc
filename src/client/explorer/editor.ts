/**
 * The SQL editor: CodeMirror 6 with its SQL language (PostgreSQL dialect, the closest to DuckDB's), completion of
 * table and column names from the current schema, Ctrl/⌘+Enter to run, and DuckDB's error marked where it points.
 * It takes the place of the page's plain textarea, keeping its text and label.
 */
import { EditorView, basicSetup } from 'codemirror';
import { Compartment, EditorSelection, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';
import { setDiagnostics } from '@codemirror/lint';
import { tags } from '@lezer/highlight';

export type Schema = Record<string, readonly string[]>;

export interface SqlEditor {
  text(): string;
  setText(text: string): void;
  insert(text: string): void;
  setSchema(schema: Schema): void;
  /** Marks the error at `offset` (or clears the mark with null), optionally moving the cursor there. */
  markError(offset: number | null, message?: string, focus?: boolean): void;
  focus(): void;
}

// Colours are CSS variables (Explorer.astro) so both themes keep legible highlighting.
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--cm-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cm-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--cm-number)' },
  { tag: [tags.lineComment, tags.blockComment], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--cm-keyword)' },
]);

export function createEditor(textarea: HTMLTextAreaElement, run: () => void): SqlEditor {
  const language = new Compartment();
  const langFor = (schema: Schema) => sql({ dialect: PostgreSQL, schema: schema as SQLNamespace, upperCaseKeywords: true });
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { run(); return true; } }])),
      basicSetup,
      language.of(langFor({})),
      syntaxHighlighting(highlight),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-labelledby': textarea.labels?.[0]?.id ?? '', 'aria-describedby': textarea.getAttribute('aria-describedby') ?? '' }),
      EditorView.updateListener.of((u) => { if (u.docChanged) view.dispatch(setDiagnostics(u.state, [])); }),
    ],
  });
  textarea.replaceWith(view.dom);
  view.dom.dataset.exCodemirror = '';

  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0) });
    },
    insert(text) {
      view.dispatch(view.state.replaceSelection(text));
      view.focus();
    },
    setSchema(schema) {
      view.dispatch({ effects: language.reconfigure(langFor(schema)) });
    },
    markError(offset, message = '', focus = false) {
      if (offset === null) { view.dispatch(setDiagnostics(view.state, [])); return; }
      const doc = view.state.doc;
      const from = Math.min(offset, doc.length);
      // Mark the word the caret points at (at least one character, so the mark is visible).
      const word = view.state.wordAt(from);
      const to = word && word.from === from ? word.to : Math.min(from + 1, doc.length);
      view.dispatch(setDiagnostics(view.state, [{ from, to: Math.max(to, from), severity: 'error', message }]));
      view.dispatch({ selection: EditorSelection.cursor(from), scrollIntoView: true });
      if (focus) view.focus();
    },
    focus: () => view.focus(),
  };
}
