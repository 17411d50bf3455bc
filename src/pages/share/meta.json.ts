/**
 * /share/meta.json: what downloads, citations and spoken values need beyond the chart's rows — the data version
 * from the manifest and every source's title and address. One small static file, fetched only on first use.
 */
import { nodeRunner, readManifest } from '../../queries/node.ts';
import type { ShareMeta } from '../../share/snapshot.ts';

export async function GET(): Promise<Response> {
  const rows = await nodeRunner().query('source_list');
  const meta: ShareMeta = {
    dataVersion: readManifest().data_version,
    sources: rows.map((r) => ({
      id: String(r.id), title: String(r.title ?? ''), publisher: String(r.publisher ?? ''),
      url: typeof r.url === 'string' && r.url !== '' ? r.url : null,
    })),
  };
  return new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
