import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server on 127.0.0.1 and a free port, like any static host. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /**
   * More directories to serve, by URL prefix: `{ '/bench-data/': dir }` serves `dir/x.json` at
   * `/bench-data/x.json`, beside `root` and on the same origin.
   */
  mounts?: Record<string, string>;
  /** Headers sent with every file, e.g. `{ 'access-control-allow-origin': '*' }` for a host that allows CORS. */
  headers?: Record<string, string>;
}

/** The directory and the path inside it that a request path maps to. */
function locate(path: string, root: string, mounts: [string, string][]): { base: string; rest: string } {
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  return mount ? { base: mount[1], rest: path.slice(mount[0].length - 1) } : { base: root, rest: path };
}

/** Serves `root` (the built app) on the loopback interface. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, dir]): [string, string] => {
    if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`invalid mount prefix: ${prefix}`);
    return [prefix, resolve(dir)];
  });
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const { base, rest } = locate(path, resolve(root), mounts);
    const file = normalize(join(base, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, { ...options.headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
        createReadStream(file).pipe(res);
      })
      .catch(() => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
