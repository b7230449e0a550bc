/**
 * An instance's life as its orchestrator sees it: starting (the port answers, nothing is served
 * yet), ready, draining (a shutdown has begun: no new work, requests in flight finish). Pure
 * bookkeeping; the server script wires it to the HTTP server and the signals.
 */
export type Phase = "starting" | "ready" | "draining";

export interface Lifecycle {
  readonly phase: Phase;
  /** Requests being answered now. */
  readonly inFlight: number;
  ready(): void;
  drain(): void;
  /** Counts a request until its response has finished or its connection has closed. */
  track(done: (listener: () => void) => void): void;
  /** Resolves when no request is in flight, or after `ms` (true when all finished). */
  settled(ms: number): Promise<boolean>;
}

export function createLifecycle(): Lifecycle {
  let phase: Phase = "starting";
  let inFlight = 0;
  const waiting = new Set<() => void>();
  return {
    get phase() {
      return phase;
    },
    get inFlight() {
      return inFlight;
    },
    ready() {
      if (phase === "starting") phase = "ready";
    },
    drain() {
      phase = "draining";
    },
    track(done) {
      inFlight++;
      let counted = true;
      done(() => {
        if (!counted) return;
        counted = false;
        inFlight--;
        if (inFlight === 0) for (const wake of waiting) wake();
      });
    },
    settled(ms) {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiting.delete(wake);
          resolve(inFlight === 0);
        }, ms);
        waiting.add(wake);
      });
    },
  };
}

/** What an instance that is starting or shutting down answers to anything but the health checks: 503, JSON or a short page. */
export function unavailable(phase: Phase, acceptsJson: boolean): { status: 503; headers: Record<string, string>; body: string } {
  const headers = { "Retry-After": "5", "Cache-Control": "no-store", ...(phase === "draining" ? { Connection: "close" } : {}) };
  if (acceptsJson) return { status: 503, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" }, body: JSON.stringify({ error: "UNAVAILABLE", status: phase === "starting" ? "starting" : "stopping" }) };
  const body = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nära – strax tillbaka</title></head><body><main><h1>Strax tillbaka</h1><p>Nära ${phase === "starting" ? "startar" : "startas om"}. Försök igen om en liten stund.</p><p lang="en">Nära is ${phase === "starting" ? "starting" : "restarting"}. Please try again in a moment.</p><p>Vid fara för liv: ring 112.</p></main></body></html>`;
  return { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" }, body };
}
