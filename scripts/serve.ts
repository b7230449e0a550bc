/**
 * The production server: checks configuration and content first (a broken dataset stops the
 * start with a readable message), then serves the built site with security headers on every
 * response, static files included.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { processApp, type App } from "../src/app/index.ts";
import { serverEnv } from "../src/lib/config.ts";
import { originOf, securityHeaders } from "../src/lib/security/headers.ts";
import { loadStaticFiles, serveStatic } from "../src/lib/http/static-files.ts";
import { exitOnKnownError } from "./fail.ts";

process.env["ASTRO_NODE_AUTOSTART"] = "disabled";
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

// The app is composed once, before the first request: the configuration and the content are
// checked (a broken dataset stops the start with a readable message), and PGlite takes seconds to open.
let started: App;
try {
  serverEnv();
  started = await processApp();
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
console.log(`Content: ${started.describe.content()}`);
await started.startUpkeep();
console.log(`Database: ${started.describe.database()}; mail: ${started.describe.mail()}`);
console.log(`Message key: ${started.describe.messageKey()}`);

const entry = pathToFileURL(resolve("dist/server/entry.mjs")).href;
// The adapter runs in middleware mode: pages and endpoints only. Static files are answered from memory here.
const { handler } = (await import(entry)) as { handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> };
const files = loadStaticFiles(resolve("dist/client"));
const headers = securityHeaders({ tileOrigin: originOf(process.env["PUBLIC_TILE_URL"]) });
const port = Number(process.env["PORT"] ?? 4321);
const host = process.env["HOST"] ?? "127.0.0.1";

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (!serveStatic(files, req, res)) void handler(req, res);
});
server.listen(port, host, () => {
  console.log(`Nära is listening on http://${host === "127.0.0.1" ? "localhost" : host}:${port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => void started.close().finally(() => process.exit(0))));
}
