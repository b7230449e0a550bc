/**
 * Structured logs: one JSON object a line on standard output (pino), at the level LOG_LEVEL
 * names. Written synchronously, so that nothing is lost when the process ends at once. What a
 * line may hold is decided where it is written: the request line has a request id, the route
 * pattern, method, status and duration — never an address, a query string, a code or a secret.
 */
import { pino, type Logger } from "pino";

export type Log = Logger;
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export function createLog(level: (typeof LOG_LEVELS)[number] = "info"): Log {
  return pino({ level, base: { service: "nara" }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, pino.destination({ sync: true }));
}

/** A request id from the proxy (when trusted and well formed), or a new one. */
export function requestId(fromProxy: string | null, trusted: boolean, make: () => string): string {
  return trusted && fromProxy && /^[\w.-]{1,64}$/.test(fromProxy) ? fromProxy : make();
}
