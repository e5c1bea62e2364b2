// The one static file server for dist/: `npm start` serves with it, the browser tests run against
// it, and `npm run bench` measures through it with `gzip: true` (text compressed and hashed assets
// cached as a real host would). No dependency: Node's http module does all we need, and it sends
// the security headers of dist/_headers so tests see what a static host would send.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;
/** Hashed assets and Pagefind chunks never change under the same name. */
const IMMUTABLE = /\/_astro\/.+\.[\w-]{8}\.(js|css)$|\.pf_(index|fragment|meta)$/;

/** True when a _headers path pattern ("/*", "/tools/*", "/tools/timer/") matches a URL path. */
function matches(pattern, path) {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * Reads a Netlify/Cloudflare-style _headers file: the headers of every block whose path matches
 * `path` (default: the global "/*" block only), a later block replacing a header an earlier set.
 */
export async function readHeaders(root, path = '/*') {
  try {
    const text = await readFile(join(root, '_headers'), 'utf8');
    const headers = {};
    let inBlock = false;
    for (const line of text.split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) {
        const pattern = line.trim();
        inBlock = pattern === '/*' || (path !== '/*' && matches(pattern, path));
        continue;
      }
      const i = line.indexOf(':');
      if (inBlock && i > 0) headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return headers;
  } catch {
    return {};
  }
}

async function resolveFile(root, urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

/**
 * Starts the server; resolves with { server, url } once it listens. Port 0 picks a free one. With
 * `gzip`, text goes out compressed when the client accepts it and hashed assets are cached for a year.
 */
export async function startServer({ root = 'dist', port = 4321, host = '127.0.0.1', gzip = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    // Read per request: a rebuild rewrites the CSP hashes, and a stale policy would block styles.
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers = await readHeaders(base, path);
    let file = await resolveFile(base, path);
    let status = 200;
    if (!file && !path.endsWith('/') && !extname(path)) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    if (!file) {
      file = join(base, '404.html');
      status = 404;
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = { 'Cache-Control': 'no-cache' };
      if (gzip) {
        if (IMMUTABLE.test(path)) extra['Cache-Control'] = 'public, max-age=31536000, immutable';
        if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body);
          extra['Content-Encoding'] = 'gzip';
        }
        Object.assign(extra, { 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      }
      res.writeHead(status, { 'Content-Type': type, ...headers, ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500).end('Server error');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  return { server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` };
}
