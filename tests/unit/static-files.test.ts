import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode, encodedResponse } from "../../src/lib/http/encoded.ts";
import { accepts, loadStaticFiles, serveStatic } from "../../src/lib/http/static-files.ts";

const script = `export const x = ${JSON.stringify("a".repeat(4000))};\n`;

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static files from memory", () => {
  let port = 0;
  const server = createServer();
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "nara-static-"));
    mkdirSync(join(root, "_astro"));
    writeFileSync(join(root, "_astro", "app.abc123.js"), script);
    writeFileSync(join(root, "favicon.svg"), "<svg/>");
    const files = loadStaticFiles(root);
    server.on("request", (req, res) => {
      if (!serveStatic(files, req, res)) {
        res.writeHead(404);
        res.end("page");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
  });

  it("reads Accept-Encoding with its weights", () => {
    expect(accepts("gzip, deflate, br", "br")).toBe(true);
    expect(accepts("gzip;q=1.0, br;q=0", "br")).toBe(false);
    expect(accepts("gzip;q=0.5", "gzip")).toBe(true);
    expect(accepts("identity", "gzip")).toBe(false);
  });

  it("answers a hashed script compressed, cached for a year, and 304 for a known version", async () => {
    const br = await get(port, "/_astro/app.abc123.js", { "accept-encoding": "gzip, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const plain = await get(port, "/_astro/app.abc123.js?v=1");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const again = await get(port, "/_astro/app.abc123.js", { "if-none-match": String(br.headers["etag"]) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("leaves everything else to the pages, and small files uncompressed", async () => {
    expect((await get(port, "/sv/")).body.toString()).toBe("page");
    // Only exact names of files read at start: no path reaches the file system.
    expect((await get(port, "/_astro/../../etc/passwd")).body.toString()).toBe("page");
    expect((await get(port, "/_astro/missing.js")).body.toString()).toBe("page");
    const icon = await get(port, "/favicon.svg", { "accept-encoding": "br" });
    expect([icon.headers["content-type"], icon.headers["content-encoding"], icon.headers["cache-control"]]).toEqual(["image/svg+xml", undefined, "public, max-age=3600"]);
  });
});

describe("generated answers, compressed once", () => {
  const body = JSON.stringify({ places: Array.from({ length: 200 }, (_, i) => ({ id: `place-${String(i)}`, name: "Läxhjälp" })) });
  const encoded = encode(body);
  const ask = (acceptEncoding?: string) =>
    encodedResponse(new Request("http://nara.test/sv/map/places.json", { headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} }), encoded, { "Content-Type": "application/json" });

  it("sends brotli where it is taken, gzip next, plain text otherwise, always varying on Accept-Encoding", async () => {
    const br = ask("gzip, deflate, br");
    expect(br.headers.get("Content-Encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(body);
    const gz = ask("gzip");
    expect(gz.headers.get("Content-Encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(body);
    const plain = ask("br;q=0");
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    expect(await plain.text()).toBe(body);
    for (const response of [br, gz, plain]) expect(response.headers.get("Vary")).toBe("Accept-Encoding");
    expect(encoded.br.length).toBeLessThan(body.length / 5);
  });
});
