/**
 * Text taken from a URL (a scenario's name, a value asked for) before it is shown or written into a download:
 * without control characters (C0, DEL, C1, line and paragraph separators) and without the invisible bidirectional
 * controls (embeddings, overrides, isolates, marks) that would reverse or reorder the text around it in tabs,
 * legends and CSV files.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function plainText(text: string): string {
  return text.replace(UNSAFE, '');
}
