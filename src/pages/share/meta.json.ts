/**
 * /share/meta.json: what downloads, citations and spoken values need beyond the chart's rows — the data version
 * from the manifest, the date the site was built, and every source with the original publication it copies. One
 * small static file, fetched only on first use.
 */
import { nodeRunner, readManifest } from '../../queries/node.ts';
import { type ShareMeta, shareSources } from '../../share/snapshot.ts';

export async function GET(): Promise<Response> {
  const meta: ShareMeta = {
    dataVersion: readManifest().data_version,
    builtOn: new Date().toISOString().slice(0, 10),
    sources: shareSources(await nodeRunner().query('source_list')),
  };
  return new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
