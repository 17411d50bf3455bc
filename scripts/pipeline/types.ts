/** Shapes passed between the pipeline stages (layout parsers → normalisation → checks → outputs). */
import type { CatalogueEntry } from './sources.ts';

/** A printed cell together with the column it came from (for error messages). */
export interface Cell { text: string; column: string }

/**
 * One published figure as read from a raw file, before any interpretation: every field is still the printed text.
 * Layout parsers produce these; normalisation turns them into observations or rejections.
 */
export interface RawFigure {
  raw_file: string;
  raw_row: number;
  /** 0-based column of the cell in tables that hold many figures per row (part of the observation id) */
  cellIndex?: number;
  /** what is counted: an indicator label (data/vocab/indicators.csv) … */
  indicator?: Cell;
  /** … or, for tables whose columns are cadres, the cadre label plus the table's measure */
  cadre?: Cell;
  measure?: string;
  breakdown?: Cell;
  category?: Cell;
  /** geography: a printed name (province column) or a code given by the layout (WHO ISO3) */
  geo?: Cell;
  geoCode?: { code: string; level: 'country'; nameEn: string; column: string };
  area?: Cell;
  year: Cell;
  value: Cell;
  unit: Cell;
  /** the citation printed in the row, or the file's sidecar entry */
  source: { title: Cell; url: Cell } | { entry: CatalogueEntry };
  locator: string;
  note: string;
  /** WHO: indicator name, used to describe HWF_ indicators not yet in the vocabulary */
  indicatorName?: string;
}

/**
 * A parsed file. `figures` may be read lazily, one at a time (large files are never held whole): `rejections` and
 * `rejectedFigures` are complete once it has been read to the end.
 */
export interface LayoutResult {
  layout: string;
  figures: Iterable<RawFigure>;
  /** rows the parser itself could not read (e.g. unknown row label in a yearbook table) */
  rejections: import('../../src/contract/schema.ts').Rejection[];
  /** figures inside rejected rows (so that read = written + rejected + missing holds per file) */
  rejectedFigures: number;
  /** note / title lines recognised and skipped (not data) */
  noteLines: number;
}
