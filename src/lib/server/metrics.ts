/**
 * The instance's metrics in Prometheus's text format (prom-client, in a registry of its own):
 * requests by route pattern and status, their latency, bookings and messages created, mail
 * waiting in the outbox and failed sends, what the purge removed, the database pool's use, the
 * content version's age, and the process's own (memory, CPU, event loop). Route patterns only:
 * no path, code, slug or address is ever a label.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Counter, Gauge, Histogram, Registry } from "prom-client";

export interface MetricSources {
  /** Mail in the outbox table (kept there when no SMTP server is configured). */
  outbox: () => Promise<number>;
  /** Mail that could not be sent yet, waiting to be tried again. */
  mailWaiting: () => Promise<number>;
  /** The PostgreSQL pool's connections (none for PGlite). */
  pool?: (() => { total: number; idle: number; waiting: number }) | undefined;
  /** The content's version now: its age counts from the moment this instance first saw it. */
  contentVersion: () => string;
}

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(sources: MetricSources) {
  const registry = new Registry();
  // The process's own, read at scrape time (prom-client's default set watches every garbage
  // collection, which cost a tenth of the throughput: bench/README.md).
  const loop = monitorEventLoopDelay({ resolution: 20 });
  loop.enable();
  const started = Date.now() / 1000;
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge("nara_process_resident_memory_bytes", "Resident memory of the process.", () => process.memoryUsage().rss);
  gauge("nara_process_heap_used_bytes", "JavaScript heap in use.", () => process.memoryUsage().heapUsed);
  gauge("nara_process_cpu_seconds_total", "CPU time used by the process, user and system.", () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  });
  gauge("nara_process_start_time_seconds", "When the process started (Unix time).", () => started);
  gauge("nara_eventloop_delay_p99_seconds", "The event loop's delay, 99th percentile since the last scrape.", () => {
    const p99 = loop.percentile(99) / 1e9;
    loop.reset();
    return p99;
  });
  const requests = new Counter({ name: "nara_http_requests_total", help: "Requests answered, by route pattern, method and status.", labelNames: ["route", "method", "status"] as const, registers: [registry] });
  const duration = new Histogram({
    name: "nara_http_request_duration_seconds",
    help: "Time to answer a request, by route pattern and method.",
    labelNames: ["route", "method"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const created = new Counter({ name: "nara_created_total", help: "Bookings and messages created by this instance.", labelNames: ["kind"] as const, registers: [registry] });
  const mailFailed = new Counter({ name: "nara_mail_failed_total", help: "Mail sends that failed.", registers: [registry] });
  const purged = new Counter({ name: "nara_purged_total", help: "Rows and documents the purge removed, by kind.", labelNames: ["kind"] as const, registers: [registry] });
  new Gauge({
    name: "nara_mail_outbox",
    help: "Mail waiting in the outbox table.",
    registers: [registry],
    async collect() {
      this.set(await sources.outbox().catch(() => -1));
    },
  });
  new Gauge({
    name: "nara_mail_waiting",
    help: "Mail that could not be sent yet, waiting to be tried again.",
    registers: [registry],
    async collect() {
      this.set(await sources.mailWaiting().catch(() => -1));
    },
  });
  const pool = sources.pool;
  if (pool) {
    new Gauge({
      name: "nara_db_pool_connections",
      help: "The database pool's connections: total, idle, and requests waiting for one.",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        const p = pool();
        this.set({ state: "total" }, p.total);
        this.set({ state: "idle" }, p.idle);
        this.set({ state: "waiting" }, p.waiting);
      },
    });
  }
  let seen = { version: sources.contentVersion(), since: Date.now() };
  new Gauge({
    name: "nara_content_version_age_seconds",
    help: "Seconds since this instance first saw the content version it serves.",
    registers: [registry],
    collect() {
      const version = sources.contentVersion();
      if (version !== seen.version) seen = { version, since: Date.now() };
      this.set((Date.now() - seen.since) / 1000);
    },
  });

  return {
    /** One request answered. */
    request(route: string, method: string, status: number, seconds: number): void {
      requests.inc({ route, method, status: String(status) });
      duration.observe({ route, method }, seconds);
    },
    created(kind: "booking" | "message"): void {
      created.inc({ kind });
    },
    mailFailed(): void {
      mailFailed.inc();
    },
    purged(counts: Record<string, number>): void {
      for (const [kind, n] of Object.entries(counts)) if (n > 0) purged.inc({ kind }, n);
    },
    contentType: registry.contentType,
    /** Stops watching the event loop (with the app). */
    close(): void {
      loop.disable();
    },
    /** The text a scrape gets. */
    text: () => registry.metrics(),
  };
}
