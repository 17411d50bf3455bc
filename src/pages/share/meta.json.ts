/**
 * /share/meta.json: what downloads, citations and spoken values need beyond the chart's rows — the data version
 * from the manifest, every source's title and address, and the list of charts. One small static file, fetched
 * only on first use.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHARTS } from '../../charts/registry.ts';
import { dataDir, nodeRunner } from '../../lib/duckdb-node.ts';
import type { Manifest } from '../../lib/schema.ts';
import type { ShareMeta } from '../../lib/share/snapshot.ts';

export async function GET(): Promise<Response> {
  const manifest = JSON.parse(await readFile(join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
  const rows = await nodeRunner().query('source_list');
  const meta: ShareMeta = {
    dataVersion: manifest.data_version,
    charts: CHARTS.map((c) => ({ id: c.id, page: c.page })),
    sources: rows.map((r) => ({
      id: String(r.id), title: String(r.title ?? ''), publisher: String(r.publisher ?? ''),
      url: typeof r.url === 'string' && r.url !== '' ? r.url : null,
    })),
  };
  return new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
