/**
 * A stand-in for a journalist's article page on ANOTHER origin than the site: a tiny node:http server on a free
 * port of "localhost" (the site under test is served on 127.0.0.1), serving the given HTML pages.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer { origin: string; close: () => Promise<void> }

export async function startHost(pages: Record<string, string>): Promise<HostServer> {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** An article page with each snippet between paragraphs, as a news site would publish it. */
export function articlePage(snippets: string[]): string {
  const body = snippets
    .map((s, i) => `<h2>Section ${i + 1}</h2><p>Article text before the chart.</p>\n${s}\n<p>Article text after the chart.</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="icon" href="data:,"><style>body{font:16px/1.5 sans-serif;margin:0 auto;padding:0 12px;max-width:1240px}</style></head>
<body><h1>A news article embedding charts</h1>\n${body}\n</body></html>`;
}
