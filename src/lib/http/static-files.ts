/**
 * The built site's static files (`dist/client`: scripts, styles, icons), read into memory when
 * the server starts, each with a Brotli and a gzip copy made once. A request for one of them
 * is answered from memory; every other request goes on to the pages. Files under `/_astro/`
 * carry a content hash in their name and are cached for a year.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".svg", ".txt", ".json", ".webmanifest"]);

interface StaticFile {
  type: string;
  etag: string;
  cacheControl: string;
  body: Buffer;
  br?: Buffer | undefined;
  gzip?: Buffer | undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const path of walk(root)) {
    const ext = extname(path).toLowerCase();
    const body = readFileSync(path);
    const url = `/${relative(root, path).split(sep).join("/")}`;
    const compressible = COMPRESSIBLE.has(ext) && body.length > 512;
    files.set(url, {
      type: TYPES[ext] ?? "application/octet-stream",
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
      cacheControl: url.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
      body,
      br: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : undefined,
      gzip: compressible ? gzipSync(body, { level: 9 }) : undefined,
    });
  }
  return files;
}

/** Whether an Accept-Encoding header takes an encoding (named, without `q=0`). */
export function accepts(header: string, encoding: string): boolean {
  for (const part of header.split(",")) {
    const [token = "", ...params] = part.split(";").map((p) => p.trim());
    if (token.toLowerCase() !== encoding) continue;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** Answers the request if it is for a static file, and says whether it did. */
export function serveStatic(files: ReadonlyMap<string, StaticFile>, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const file = files.get(query === -1 ? url : url.slice(0, query));
  if (!file) return false;
  res.setHeader("Content-Type", file.type);
  res.setHeader("Cache-Control", file.cacheControl);
  res.setHeader("ETag", file.etag);
  res.setHeader("Vary", "Accept-Encoding");
  // The site's own styles, scripts and pictures are public: readable from a context of another
  // origin too, such as the embeddable box in a sandboxed frame (whose origin is opaque).
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
  if (req.headers["if-none-match"] === file.etag) {
    res.writeHead(304);
    res.end();
    return true;
  }
  const accepted = req.headers["accept-encoding"] ?? "";
  let body = file.body;
  if (file.br && accepts(accepted, "br")) {
    body = file.br;
    res.setHeader("Content-Encoding", "br");
  } else if (file.gzip && accepts(accepted, "gzip")) {
    body = file.gzip;
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.length);
  res.writeHead(200);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
