/**
 * Structured logs: one JSON object a line on standard output (pino), at the level LOG_LEVEL
 * names. Lines are gathered and written 4 KB at a time (a write a request would cost a third of
 * the throughput: bench/README.md), and flushed before a planned exit. What a
 * line may hold is decided where it is written: the request line has a request id, the route
 * pattern, method, status and duration — never an address, a query string, a code or a secret.
 */
import { pino, type Logger } from "pino";

export type Log = Logger;
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

let shared: ReturnType<typeof pino.destination> | undefined;

/** Standard output, buffered: written at 4 KB, at least every quarter second, and at exit. One a process. */
function destination(): ReturnType<typeof pino.destination> {
  if (!shared) {
    const out = pino.destination({ sync: false, minLength: 4096 });
    setInterval(() => {
      out.flush();
    }, 250).unref();
    process.once("exit", () => {
      try {
        out.flushSync();
      } catch {
        // Standard output already closed.
      }
    });
    shared = out;
  }
  return shared;
}

export function createLog(level: (typeof LOG_LEVELS)[number] = "info"): Log {
  return pino({ level, base: { service: "nara" }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination());
}

/** A request id from the proxy (when trusted and well formed), or a new one. */
export function requestId(fromProxy: string | null, trusted: boolean, make: () => string): string {
  return trusted && fromProxy && /^[\w.-]{1,64}$/.test(fromProxy) ? fromProxy : make();
}
