/** The vocabularies read from data/vocab/ on disk (the rules are in vocab-tables.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vocabFrom, type Vocab } from './vocab-tables.ts';

export * from './vocab-tables.ts';

export function loadVocab(dir: string): Vocab {
  return vocabFrom((file) => readFileSync(join(dir, file), 'utf8'), dir);
}
