/**
 * The data build's vocabularies and source catalogue, bundled as they are in data/ (loaded only when a reader
 * opens a table), so a reader's labels and citations are matched exactly as `npm run data` matches them.
 */
import { catalogueFrom } from '../../../scripts/pipeline/catalogue.ts';
import { vocabFrom } from '../../../scripts/pipeline/vocab-tables.ts';
import sources from '../../../data/sources.json?raw';
import type { ReadContext } from './read.ts';

const files = import.meta.glob<string>('../../../data/vocab/*.csv', { query: '?raw', import: 'default', eager: true });
const byName = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\//, ''), text]));

let context: ReadContext | null = null;
export function readContext(): ReadContext {
  context ??= {
    vocab: vocabFrom((file) => {
      const text = byName.get(file);
      if (text === undefined) throw new Error(`data/vocab/${file} is not bundled`);
      return text;
    }),
    catalogue: catalogueFrom(JSON.parse(sources), 'data/sources.json'),
  };
  return context;
}
