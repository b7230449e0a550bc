/**
 * The production server. The port opens at once and answers 503 (and `/api/ready` 503) while the
 * configuration and content are checked and the database opened (a broken dataset stops the
 * start with a readable message); then it serves the built site with security headers on every
 * response, static files included. `/api/health` says the process is alive, `/api/ready` that it
 * can serve. On SIGTERM or SIGINT it stops being ready (`/api/ready` 503) and stops listening;
 * requests on connections it had already accepted are still answered, with `Connection: close`
 * (a connection is never cut with a request unread), until none has come for a moment or
 * SHUTDOWN_GRACE_SECONDS have passed; then it closes the database and exits 0. `/metrics`
 * (Prometheus) answers with METRICS_TOKEN as a bearer token, or on METRICS_PORT on loopback.
 * Logs are JSON lines (LOG_LEVEL).
 */
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { Server as NetServer } from "node:net";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { processApp, type App } from "../src/app/index.ts";
import { serverEnv } from "../src/lib/config.ts";
import { originOf, securityHeaders } from "../src/lib/security/headers.ts";
import { loadStaticFiles, serveStatic } from "../src/lib/http/static-files.ts";
import { malformedPath } from "../src/lib/http/respond.ts";
import { createLifecycle, unavailable } from "../src/lib/server/lifecycle.ts";
import { controlSocketPath, serveControl } from "../src/lib/server/control.ts";
import { COMMANDS, runCommand } from "./commands.ts";
import { createLog, LOG_LEVELS } from "../src/lib/server/log.ts";
import { exitOnKnownError } from "./fail.ts";

process.env["ASTRO_NODE_AUTOSTART"] = "disabled";
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

const lifecycle = createLifecycle();
const level = LOG_LEVELS.find((l) => l === process.env["LOG_LEVEL"]) ?? "info";
const log = createLog(level);
const headers = securityHeaders({ tileOrigin: originOf(process.env["PUBLIC_TILE_URL"]) });
/** The embeddable "find support" box, the one page other sites may frame. */
const EMBED_BOX = /^\/[a-z]{2}\/embed\/box\/?$/;
const port = Number(process.env["PORT"] ?? 4321);
const host = process.env["HOST"] ?? "127.0.0.1";
/** What serves once the start is done. */
const serving: { app?: App; handler?: (req: IncomingMessage, res: ServerResponse) => Promise<void>; files?: ReturnType<typeof loadStaticFiles> } = {};
/** The phase now (read afresh after an await). */
const phase = () => lifecycle.phase;

/** A fetch Response written to a Node response. */
async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = await response.text();
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(body);
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(JSON.stringify(body));
};

async function ready(res: ServerResponse): Promise<void> {
  const app = serving.app;
  if (phase() !== "ready" || !app) {
    send(res, 503, { status: phase() === "starting" ? "starting" : "stopping" });
    return;
  }
  const { ready: ok, checks } = await app.readiness();
  // A shutdown may have begun while the checks ran.
  const serves = ok && phase() === "ready";
  send(res, serves ? 200 : 503, { status: serves ? "ready" : "unavailable", checks });
}

/** The metrics, for a scrape: with the token when one is set (a hash compared in constant time), or from the loopback port. */
async function metrics(req: IncomingMessage, res: ServerResponse, needsToken: boolean): Promise<void> {
  const app = serving.app;
  const token = app?.env.METRICS_TOKEN;
  const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
  const digest = (s: string) => createHash("sha256").update(s).digest();
  if (!app || (needsToken && (!token || !timingSafeEqual(digest(given), digest(token))))) {
    res.writeHead(app && token ? 401 : 404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...(app && token ? { "WWW-Authenticate": "Bearer" } : {}) });
    res.end(app && token ? "Unauthorized" : "Not found");
    return;
  }
  res.writeHead(200, { "Content-Type": app.metrics.contentType, "Cache-Control": "no-store" });
  res.end(await app.metrics.text());
}

/** The methods the site answers; any other (TRACE, CONNECT, WebDAV's …) gets 405. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const server = createServer((req, res) => {
  const started = performance.now();
  lifecycle.track((done) => {
    res.once("finish", done);
    res.once("close", done);
  });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (!METHODS.has(req.method ?? "")) {
    res.writeHead(405, { Allow: [...METHODS].join(", "), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("Method not allowed");
    return;
  }
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  // The embeddable box may be framed by the allowed sites (its CSP says which): the older header, which cannot name them, goes.
  if (EMBED_BOX.test(path)) res.removeHeader("X-Frame-Options");
  const unreadable = malformedPath(path, req.headers["accept-language"], randomUUID());
  if (unreadable) {
    void writeResponse(res, unreadable);
    return;
  }
  if (path === "/metrics" && serving.app?.env.METRICS_TOKEN) {
    void metrics(req, res, true);
    return;
  }
  if (path === "/api/ready") {
    void ready(res);
    return;
  }
  const { handler, files } = serving;
  // Draining: still answered (the connection was accepted before the listener closed), then closed.
  if (phase() === "draining") res.setHeader("Connection", "close");
  if (phase() === "starting" || !handler || !files) {
    // Alive, but not serving: the health check says so with 200, everything else gets 503.
    if (path === "/api/health") {
      send(res, 200, { status: phase() === "starting" ? "starting" : "stopping" });
      return;
    }
    const answer = unavailable(lifecycle.phase, (req.headers.accept ?? "").includes("application/json") || path.startsWith("/api/"));
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    return;
  }
  if (serveStatic(files, req, res)) {
    // Static files: counted, and logged only at the debug level.
    const seconds = (performance.now() - started) / 1000;
    serving.app?.metrics.request("static", req.method ?? "GET", res.statusCode, seconds);
    log.debug({ method: req.method, route: "static", status: res.statusCode, ms: Math.round(seconds * 10_000) / 10 }, "request");
    return;
  }
  void handler(req, res);
});
// A request the HTTP parser itself refuses (bytes that are not allowed in an address, a broken
// header, headers too large): 400 or 431 with the security headers, never a bare answer.
server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const lines = [`HTTP/1.1 ${status}`, "Content-Type: text/plain; charset=utf-8", "Cache-Control: no-store", "Connection: close", ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  socket.end(`${lines.join("\r\n")}\r\n\r\n${status.slice(4)}`);
});
server.listen(port, host);

try {
  serverEnv();
  serving.app = await processApp();
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
const started = serving.app;
log.info(`Content: ${started.describe.content()}`);
await started.startUpkeep();
log.info(`Database: ${started.describe.database()}; mail: ${started.describe.mail()}`);
log.info(`Message key: ${started.describe.messageKey()}`);

const entry = pathToFileURL(resolve("dist/server/entry.mjs")).href;
// The adapter runs in middleware mode: pages and endpoints only. Static files are answered from memory here.
serving.handler = ((await import(entry)) as { handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> }).handler;
serving.files = loadStaticFiles(resolve("dist/client"));
// With the embedded database, the operator's commands run in here (one process per data directory).
const closeControl =
  started.db.kind === "pglite" && started.env.DATA_DIR !== "memory://"
    ? await serveControl(controlSocketPath(started.env.DATA_DIR), async ({ command, args, input }) => {
        const name = COMMANDS.find((c) => c === command);
        return name ? runCommand(started, name, args, input) : { code: 2, lines: [`Not a command: ${command}`] };
      })
    : undefined;
// Metrics without a token on their own port, bound to loopback only.
const metricsPort = started.env.METRICS_PORT;
const metricsServer =
  metricsPort === undefined
    ? undefined
    : createServer((req, res) => {
        if ((req.url ?? "/").split("?")[0] === "/metrics") void metrics(req, res, false);
        else {
          res.writeHead(404);
          res.end();
        }
      }).listen(metricsPort, "127.0.0.1");
lifecycle.ready();
log.info(`Nära is listening on http://${host === "127.0.0.1" ? "localhost" : host}:${String(port)}/`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  lifecycle.drain();
  const grace = started.env.SHUTDOWN_GRACE_SECONDS * 1000;
  log.info(`${signal}: not ready; finishing ${String(lifecycle.inFlight)} request(s) in flight (at most ${String(grace / 1000)} s)`);
  // No new connections. (The plain socket server's close: the HTTP server's own would also cut the
  // connections that have been accepted but whose request has not been read yet.)
  NetServer.prototype.close.call(server);
  const deadline = Date.now() + grace;
  let finished = false;
  while (Date.now() < deadline) {
    finished = await lifecycle.settled(deadline - Date.now());
    // A quiet moment: a request already on its way on an accepted connection is read and counted by then.
    await new Promise((r) => setTimeout(r, Math.min(300, Math.max(0, deadline - Date.now()))));
    if (lifecycle.inFlight === 0) break;
  }
  finished = finished && lifecycle.inFlight === 0;
  server.closeAllConnections();
  await closeControl?.();
  await started.close();
  metricsServer?.close();
  log.info(finished ? "Stopped: every request finished." : "Stopped: the grace period ran out with requests in flight.");
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));
