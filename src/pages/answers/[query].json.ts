/** /answers/<query>.json: the precomputed answers of one named query for every state the charts' controls reach. */
import { CHARTS } from '../../charts/registry.ts';
import { nodeRunner, readManifest } from '../../queries/node.ts';
import { answerFiles } from '../../site/answers.ts';

const files = () => answerFiles(CHARTS, nodeRunner(), readManifest().data_version);

export async function getStaticPaths() {
  return [...(await files()).keys()].map((query) => ({ params: { query } }));
}

export async function GET({ params }: { params: { query: string } }): Promise<Response> {
  const file = (await files()).get(params.query)!;
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
