// A static host for a built site, for .ci/lighthouse: binds 127.0.0.1 on a free port, prints
// "listening http://127.0.0.1:PORT/", serves index.html for folders, 404.html with status 404,
// gzip for text, and long caching for fingerprinted assets, as a production host would.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

const root = process.argv[2];
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".json": "application/json", ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".webp": "image/webp",
  ".ico": "image/x-icon", ".woff2": "font/woff2", ".wasm": "application/wasm",
};

async function resolve(urlPath) {
  const decoded = decodeURIComponent(urlPath.split("?")[0]);
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const info = await stat(file);
    return info.isDirectory() ? (decoded.endsWith("/") ? join(file, "index.html") : { redirect: decoded + "/" }) : file;
  } catch {
    return null;
  }
}

const server = createServer(async (request, response) => {
  let file = await resolve(request.url ?? "/");
  if (file && typeof file === "object") {
    response.writeHead(301, { Location: file.redirect }).end();
    return;
  }
  let status = 200;
  let body = file ? await readFile(file).catch(() => null) : null;
  if (body === null) {
    status = 404;
    file = join(root, "404.html");
    body = await readFile(file).catch(() => Buffer.from("not found"));
  }
  const type = types[extname(file)] ?? "application/octet-stream";
  const headers = {
    "Content-Type": type,
    "Cache-Control": /\.[0-9a-f]{8,}\.(css|js)$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (/^(text\/|application\/(json|xml|wasm)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
  }
  response.writeHead(status, headers).end(body);
});

server.listen(0, "127.0.0.1", () => console.log(`listening http://127.0.0.1:${server.address().port}/`));
