// A tiny static file server for dist/ (no dependencies), used by scripts/serve.sh and the e2e
// suite. Usage: node serve.mjs [--port N] [--host H] [--dir DIR]; --port 0 picks a free port.
// Prints "serving http://HOST:PORT/" once listening.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const kTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

const kCompressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.md', '.ttf']);
const gzipCache = new Map();

/** Compresses a file's bytes once per version (the key names the file, its time and size). */
function gzipped(key, body) {
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 6 }));
  return gzipCache.get(key);
}

/**
 * Starts serving a directory (gzip-compressed when the client accepts it, as static hosts do).
 * @param {{dir: string, port?: number, host?: string}} options
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export function serveDirectory({ dir, port = 0, host = '127.0.0.1' }) {
  const root = path.resolve(dir);
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = path.resolve(root, `.${pathname}`);
      if (file !== root && !file.startsWith(root + path.sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const { mtimeMs } = await stat(file);
      let body = await readFile(file);
      const headers = {
        'content-type': kTypes[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (kCompressible.has(path.extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipped(`${file}:${mtimeMs}:${body.length}`, body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const { url } = await serveDirectory({
    dir: arg('dir', path.join(here, 'dist')),
    port: Number(arg('port', process.env.PORT ?? 8080)),
    host: arg('host', '127.0.0.1'),
  });
  console.log(`serving ${url}`);
}
