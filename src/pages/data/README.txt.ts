/**
 * /data/README.txt: what the downloadable files are, their data version and checksums, how to cite, and the licence
 * (the compilation under CC BY 4.0; each figure's own source named in every row). Written from the manifest.
 */
import { LANGS, t } from '../../i18n/index.ts';
import { readManifest } from '../../queries/node.ts';

export function GET(): Response {
  const m = readManifest();
  const name = LANGS.map((l) => t('site.name', l)).join(' / ');
  const lines = [
    name,
    '',
    `Data version: ${m.data_version}`,
    '',
    ...m.tables.flatMap((x) => [`${x.name}: ${x.name}.parquet, ${x.name}.csv (${x.rows} rows; ${x.file} sha256 ${x.sha256})`]),
    'manifest.json: column descriptions in both languages, row counts and checksums of every table',
    '',
    'Licence / 许可',
    ...LANGS.map((l) => t('sources.licence', l)),
    'CC BY 4.0: https://creativecommons.org/licenses/by/4.0/',
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
