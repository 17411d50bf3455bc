/**
 * `npm run data`: build public/data/*.parquet + manifest.json from data/raw.
 * Options: --strict (exit 1 on any rejected row), --raw DIR, --out DIR (defaults data/raw, public/data).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Rejection } from '../src/contract/schema.ts';
import { runBuild, BuildError, formatRejection } from './pipeline/build.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    raw: { type: 'string', default: resolve(root, 'data/raw') },
    out: { type: 'string', default: resolve(root, 'public/data') },
    vocab: { type: 'string', default: resolve(root, 'data/vocab') },
    sources: { type: 'string', default: resolve(root, 'data/sources.json') },
  },
});

/** One line per kind of rejection (file, column and reason), rows listed as a range when there are several. */
function rejectionSummary(rejections: Rejection[]): string[] {
  const groups = Map.groupBy(rejections, (x) => `${x.raw_file}\0${x.column}\0${x.reason}`);
  return [...groups.values()].map((xs) => {
    if (xs.length === 1) return formatRejection(xs[0]!);
    const rows = xs.map((x) => x.raw_row);
    const values = new Set(xs.map((x) => x.value));
    const value = values.size === 1 && xs[0]!.value ? ` [${xs[0]!.value}]` : '';
    return `${xs[0]!.raw_file}, ${xs.length} rows (${Math.min(...rows)}–${Math.max(...rows)}), column ${xs[0]!.column}: ${xs[0]!.reason}${value}`;
  });
}

const started = Date.now();
try {
  const r = await runBuild({ rawDir: resolve(values.raw), outDir: resolve(values.out), vocabDir: resolve(values.vocab), cataloguePath: resolve(values.sources), strict: values.strict });
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`${'file'.padEnd(28)} ${'layout'.padEnd(24)} ${pad('read', 6)} ${pad('written', 8)} ${pad('rejected', 9)} ${pad('missing', 8)}`);
  for (const f of r.files) console.log(`${f.file.padEnd(28)} ${f.layout.padEnd(24)} ${pad(f.read, 6)} ${pad(f.written, 8)} ${pad(f.rejected, 9)} ${pad(f.missing, 8)}`);
  console.log(`derived values: ${r.derived}`);
  if (r.rejections.length) {
    console.log(`\nrejected: ${r.rejections.length} rows, each with its reason in ${relative(root, resolve(values.out, 'rejections.csv'))} and on the Sources page`);
    for (const line of rejectionSummary(r.rejections)) console.log(`  ${line}`);
    console.log('  Expected where a source prints something the build cannot use as it stands (it reports, never guesses);\n' +
      '  a new line here after adding or changing a raw file needs a look (data/README.md).');
  }
  if (r.checks.length) {
    console.log(`\nchecks (figures kept, please review) (${r.checks.length}):`);
    for (const c of r.checks) console.log(`  ${c.raw_file} row ${c.raw_row} [${c.rule}]: ${c.message}`);
  }
  const t = r.manifest.tables.map((x) => `${x.name} ${x.rows}`).join(', ');
  console.log(`\nwrote ${values.out}: ${t}; data_version ${r.manifest.data_version} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`data build failed; previous outputs left untouched.\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
