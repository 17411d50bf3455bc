/**
 * The whole pipeline: read every file in the raw directory, normalise each figure, apply the plausibility rules,
 * derive the few allowed values, resolve precedence between sources, check that every code has a label, and
 * write the outputs atomically. Every raw figure ends up written, rejected (with a reason) or counted as missing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Label, Manifest, Observation, Rejection, Source } from '../../src/contract/schema.ts';
import { loadVocab, type LabelRow } from './vocab.ts';
import { loadCatalogue, checkEntry, type CatalogueEntry } from './sources.ts';
import { readRawFile } from './layouts/read-raw-file.ts';
import { BuildError } from './errors.ts';
import { FIGURE_KEY_SQL, figureKey, type Obs } from './normalise.ts';
import { placeFigures } from './place-figures.ts';
import { compositionWarnings, partTotalWarnings, type Warning } from './checks.ts';
import { deriveDensities } from './derive.ts';
import { applyPrecedence, deferredCopies, type DeferredCopy } from './precedence.ts';
import { describeCopy, loadOriginalsVocab, type SourceCopy } from './originals.ts';
import { flagRepeats } from './repeats.ts';
import { COLUMNS, type TableName } from '../../src/contract/tables.ts';
import { writeOutputs } from './write-outputs.ts';
import { sortObservations } from './observation-order.ts';
import { DuplicateFiles, FigureSets } from './duplicates.ts';
import { readReports } from './reports.ts';
import { REPORT_VOCAB_FILE, reportVocab } from './report-vocab.ts';

export interface BuildOptions {
  rawDir: string; outDir: string; vocabDir: string; cataloguePath: string; strict: boolean;
  /** where outputs are staged before the swap (default: beside outDir); outside public/ so a killed build is never published */
  stagingDir?: string;
}

export interface FileReport {
  file: string; layout: string; encoding: string; sha256: string;
  read: number; written: number; rejected: number; missing: number; noteLines: number;
}

export interface BuildResult {
  manifest: Manifest; files: FileReport[]; rejections: Rejection[]; checks: Warning[]; derived: number;
  /** dropped-in files whose figures a catalogued source also gives (that source stays preferred) */
  deferred: DeferredCopy[];
}

export { BuildError };

/** One line of the report: file, row, column, reason, printed value, suggestion. */
export function formatRejection(x: Rejection): string {
  return `${x.raw_file} row ${x.raw_row}, column ${x.column}: ${x.reason}${x.value ? ` [${x.value}]` : ''}${x.suggestion ? ` → ${x.suggestion}` : ''}`;
}

/**
 * One line per kind of rejection (file, column and reason): repeated rows are counted, listed as a range, and the
 * line ends with how to fix them when every row has the same remedy.
 */
export function rejectionSummary(rejections: Rejection[]): string[] {
  const groups = Map.groupBy(rejections, (x) => `${x.raw_file}\0${x.column}\0${x.reason}`);
  return [...groups.values()].map((xs) => {
    if (xs.length === 1) return formatRejection(xs[0]!);
    let lo = Infinity, hi = -Infinity;
    for (const x of xs) { lo = Math.min(lo, x.raw_row); hi = Math.max(hi, x.raw_row); }
    const values = new Set(xs.map((x) => x.value));
    const value = values.size === 1 && xs[0]!.value ? ` [${xs[0]!.value}]` : '';
    const fixes = new Set(xs.map((x) => x.suggestion));
    const fix = fixes.size === 1 && xs[0]!.suggestion ? ` → ${xs[0]!.suggestion}` : '';
    return `${xs[0]!.raw_file}, ${xs.length} rows (${lo}–${hi}), column ${xs[0]!.column}: ${xs[0]!.reason}${value}${fix}`;
  });
}

const RAW_FILE = /\.(csv|tsv|txt)$/i;
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Which label domain each coded observation column draws from. */
const CODED: [keyof Obs, string][] = [
  ['theme', 'theme'], ['geo_level', 'geo_level'], ['geo_code', 'geo'], ['area', 'area'], ['institution', 'institution'],
  ['cadre', 'cadre'], ['measure', 'measure'], ['unit', 'unit'], ['denominator', 'denominator'], ['breakdown', 'breakdown'],
  ['category', 'category'], ['programme', 'programme'], ['definition', 'definition'], ['flags', 'flag'], ['source_kind', 'source_kind'],
  ['qualifier', 'qualifier'],
];

export async function runBuild(opts: BuildOptions): Promise<BuildResult> {
  const vocab = loadVocab(opts.vocabDir);
  const catalogue = loadCatalogue(opts.cataloguePath);
  const originalsVocab = loadOriginalsVocab(opts.vocabDir);
  const extraLabels = new Map<string, LabelRow>();
  const files: FileReport[] = [];
  const rejections: Rejection[] = [];
  const fatal: string[] = [];
  let observations: Obs[] = [];

  const rawFiles = readdirSync(opts.rawDir).filter((f) => RAW_FILE.test(f)).sort();
  if (rawFiles.length === 0) throw new BuildError(`no raw files (*.csv, *.tsv, *.txt) in ${opts.rawDir}`);
  const duplicates = new DuplicateFiles();
  const strings = new Map<string, string>();
  for (const file of rawFiles) {
    const path = join(opts.rawDir, file);
    try {
      const parsed = readRawFile(path);
      const same = duplicates.sameBytes(file, parsed.sha256);
      if (same) { fatal.push(same); continue; }
      const report: FileReport = {
        file, layout: parsed.layout, encoding: parsed.encoding, sha256: parsed.sha256,
        read: 0, written: 0, rejected: 0, missing: 0, noteLines: 0,
      };
      const placed = placeFigures(parsed, { vocab, catalogue, extraLabels, strings });
      Object.assign(report, { read: placed.read, written: placed.written, rejected: placed.rejected, missing: placed.missing, noteLines: parsed.noteLines });
      rejections.push(...placed.rejections);
      for (const r of placed.rejections) {
        if (/source not in the catalogue/.test(r.reason)) fatal.push(`${file} row ${r.raw_row}, column ${r.column}: ${r.reason} ("${r.value}"); ${r.suggestion}`);
      }
      for (const entry of placed.entries) catalogue.add(checkEntry(entry, `${file}.source.json`), `${file}.source.json`);
      const figureSets = new FigureSets();
      for (const o of placed.observations) { observations.push(o); figureSets.add(o); }
      const copy = duplicates.sameFigures(file, figureSets);
      if (copy) fatal.push(copy);
      files.push(report);
    } catch (e) {
      if (e instanceof BuildError) { fatal.push(e.message); continue; }
      throw e;
    }
  }
  // narrative reports (data/raw/reports): figures read by the report reader, one row each
  const readerVocab = reportVocab(vocab);
  let reports: ReturnType<typeof readReports> = { rows: [], rejections: [], files: [] };
  try {
    reports = readReports(opts.rawDir, readerVocab);
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    fatal.push(e.message);
  }
  for (const r of reports.files) {
    catalogue.add(r.source, `${r.file}.source.json`);
    files.push({ file: r.file, layout: 'report', encoding: r.encoding, sha256: r.sha256, read: r.read, written: r.written, rejected: r.rejected, missing: 0, noteLines: 0 });
  }
  rejections.push(...reports.rejections);
  if (fatal.length) throw new BuildError(fatal.join('\n'));

  const copies = new Map<string, SourceCopy>();
  for (const e of catalogue.entries.values()) copies.set(e.id, describeCopy(e, originalsVocab, opts.cataloguePath));
  const derived = deriveDensities(observations, (id) => catalogue.entries.get(id)?.publisher ?? id);
  for (const d of derived) observations.push(d); // (not concat: a copy of a million rows)
  const origins = new Map([...catalogue.entries.keys()].map((id) => [id, { original: copies.get(id)?.original_id ?? id, mirror: copies.get(id)?.is_mirror ?? false, sidecar: !catalogue.listed.has(id) }]));
  const originOf = (id: string) => origins.get(id) ?? { original: id, mirror: false, sidecar: false };
  const deferred = deferredCopies(applyPrecedence(observations, originOf), originOf);
  flagRepeats(observations);
  const checks = [...compositionWarnings(observations, vocab.compositionSets), ...partTotalWarnings(observations)]
    .sort((a, b) => cmp(a.raw_file, b.raw_file) || cmp(a.raw_row, b.raw_row) || cmp(a.rule, b.rule) || cmp(a.message, b.message));

  // labels: vocabulary first, then labels discovered in the data (WHO country names, new HWF_ indicators)
  const labelMap = new Map<string, LabelRow>();
  for (const l of [...vocab.labels, ...extraLabels.values()]) if (!labelMap.has(`${l.domain}:${l.code}`)) labelMap.set(`${l.domain}:${l.code}`, l);
  // the codes each column uses, gathered in one pass over the rows, then looked up once each
  const codes = CODED.map(() => new Set<string>());
  // codes come in runs (a file's rows share most of them): a value the row before had is not looked up again
  const last: unknown[] = CODED.map(() => undefined);
  for (const o of observations) {
    for (let c = 0; c < CODED.length; c++) {
      const v = o[CODED[c]![0]];
      if (v === last[c]) continue;
      last[c] = v;
      if (Array.isArray(v)) for (const code of v) codes[c]!.add(code);
      else if (v !== null) codes[c]!.add(String(v));
    }
  }
  const missingLabels = new Set<string>();
  CODED.forEach(([, domain], c) => { for (const code of codes[c]!) if (!labelMap.has(`${domain}:${code}`)) missingLabels.add(`${domain}:${code}`); });
  if (missingLabels.size) throw new BuildError(`codes without a label in data/vocab: ${[...missingLabels].sort().join(', ')}`);

  if (opts.strict && rejections.length) {
    rejections.sort((a, b) => cmp(a.raw_file, b.raw_file) || cmp(a.raw_row, b.raw_row) || cmp(a.column, b.column));
    throw new BuildError(`--strict: ${rejections.length} rejected row(s), nothing written:\n${rejectionSummary(rejections).map((x) => `  ${x}`).join('\n')}`);
  }

  observations = sortObservations(observations);
  const used = new Map<string, { files: Set<string>; n: number }>();
  const use = (id: string, file: string) => {
    let u = used.get(id);
    if (!u) used.set(id, (u = { files: new Set<string>(), n: 0 }));
    u.files.add(file);
    return u;
  };
  // a file's rows come in runs of one source: the source's entry is looked up once a run
  let runId = '', runFile = '', runUse = { files: new Set<string>(), n: 0 };
  for (const o of observations) {
    if (o.source_id !== runId || o.raw_file !== runFile) { runId = o.source_id; runFile = o.raw_file; runUse = use(runId, runFile); }
    runUse.n++;
    for (const id of o.derived_from) if (id !== o.source_id) use(id, o.raw_file);
  }
  for (const r of reports.files) use(r.source.id, r.file).n += r.written;
  const sources: Source[] = [...catalogue.entries.values()]
    .sort((a, b) => cmp(a.id, b.id))
    .map((e: CatalogueEntry) => ({ ...e, raw_file: [...(used.get(e.id)?.files ?? [])].sort().join(';'), n_rows: used.get(e.id)?.n ?? 0, ...copies.get(e.id)! }));
  const labels: Label[] = [...labelMap.values()].sort((a, b) => cmp(a.domain, b.domain) || a.sort - b.sort || cmp(a.code, b.code));
  rejections.sort((a, b) => cmp(a.raw_file, b.raw_file) || cmp(a.raw_row, b.raw_row) || cmp(a.column, b.column) || cmp(a.reason, b.reason));

  // the figure key is computed as each row is written (for the Parquet file, by DuckDB from the other columns)
  const computed = { observations: { figure_key: (o: Record<string, unknown>) => figureKey(o as unknown as Obs) } };
  const computedSql = { observations: { figure_key: FIGURE_KEY_SQL } };
  const tables: Record<TableName, Record<string, unknown>[]> = {
    observations: observations as unknown as Record<string, unknown>[],
    sources: sources as unknown as Record<string, unknown>[],
    labels: labels as unknown as Record<string, unknown>[],
    rejections: rejections as unknown as Record<string, unknown>[],
    report_figures: reports.rows as unknown as Record<string, unknown>[],
  };
  for (const name of Object.keys(tables) as TableName[]) {
    const expected = COLUMNS[name].map((c) => c.name).join(',');
    const columnsOf = (row: Record<string, unknown>) => [...Object.keys(row), ...Object.keys(computed[name as 'observations'] ?? {})];
    for (const row of tables[name].slice(0, 1)) if (columnsOf(row).sort().join(',') !== [...expected.split(',')].sort().join(',')) {
      throw new Error(`internal: ${name} rows have columns ${Object.keys(row).join(',')}, schema says ${expected}`);
    }
  }
  const manifest = await writeOutputs(opts.outDir, {
    tables,
    computed,
    computedSql,
    sourceIds: [...used.keys()].sort(),
    rawFiles: files.map((f) => ({ file: f.file, sha256: f.sha256, rows_read: f.read, rows_written: f.written, rows_rejected: f.rejected })),
    checks,
    files: { [REPORT_VOCAB_FILE]: `${JSON.stringify(readerVocab)}\n` },
  }, opts.stagingDir);
  return { manifest, files, rejections, checks, derived: derived.length, deferred };
}
