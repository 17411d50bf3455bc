/**
 * `npm run data`: build public/data/*.parquet + manifest.json from data/raw.
 * Options: --strict (exit 1 on any rejected row), --raw DIR, --out DIR (defaults data/raw, public/data).
 * package.json runs it with `--max-semi-space-size=8`: a build holds every observation, and V8's young generation
 * would otherwise grow to 128 MiB of memory the long-lived rows never stay in (a million raw rows: a peak of about
 * 900 MiB instead of 1,000–1,150, in the same time).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild, BuildError, rejectionSummary } from './pipeline/build.ts';

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

const started = Date.now();
try {
  const r = await runBuild({
    rawDir: resolve(values.raw), outDir: resolve(values.out), vocabDir: resolve(values.vocab), cataloguePath: resolve(values.sources), strict: values.strict,
    // staged outside public/, so that a killed build never leaves a folder the site would publish
    stagingDir: resolve(root, 'node_modules/.cache/chwd-data'),
  });
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
  for (const d of r.deferred) {
    console.log(`\nprecedence: ${d.raw_file} (source ${d.source_id}, described by its sidecar) gives ${d.figures} figure(s) that ${d.preferred_sources.join(', ')} ` +
      `(data/sources.json) also gives; those stay the cited source: a listed source ranks before a sidecar's of the same kind (data/README.md, "Precedence and corroboration").`);
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
