/**
 * The sources catalogue (data/sources.json): one entry per source page. Row-per-figure files cite their page
 * in every row (matched by address, or by title when the page has no address); files without per-row
 * citations (yearbook tables, WHO GHO exports) carry a sidecar `<file>.source.json` with one entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { catalogueFrom, checkEntry, type Catalogue, type Sidecar } from './catalogue.ts';
import { BuildError } from './errors.ts';

export * from './catalogue.ts';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BuildError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

export function loadCatalogue(path: string): Catalogue {
  return catalogueFrom(readJson(path), path);
}

export function loadSidecar(rawPath: string): Sidecar | null {
  const p = `${rawPath}.source.json`;
  if (!existsSync(p)) return null;
  const data = readJson(p) as Partial<Sidecar>;
  const entry = checkEntry(data, p);
  if (data.year !== undefined && !Number.isInteger(data.year)) throw new BuildError(`${p}: "year" must be a number such as 2022`);
  return { ...entry, measure: data.measure, unit: data.unit, year: data.year, cadre: data.cadre };
}
