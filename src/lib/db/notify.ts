/**
 * Word between instances on one PostgreSQL database: LISTEN/NOTIFY on a channel, through a
 * connection of pg's own kept for listening. When that connection is lost it is opened again
 * (after 1, 2, 4 … at most 30 seconds), and since a word may have been missed meanwhile, the
 * listener is told "everything may have changed" once it is back. Each instance skips its own word.
 */
import { randomUUID } from "node:crypto";

export interface Notifier {
  /** Tells every other instance (and not this one). */
  notify(payload: string): Promise<void>;
  close(): Promise<void>;
}

/** `heard(payload)` for each word from another instance; `heard(undefined)` after a reconnect (anything may have been missed). */
export async function listenPostgres(url: string, channel: string, heard: (payload: string | undefined) => void, log: (line: string) => void): Promise<Notifier> {
  const { default: pg } = await import("pg");
  const me = randomUUID();
  let closed = false;
  let client: InstanceType<typeof pg.Client> | undefined;
  let delay = 1000;
  let timer: NodeJS.Timeout | undefined;

  async function connect(first: boolean): Promise<void> {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    next.on("notification", (message) => {
      if (message.channel !== channel || !message.payload) return;
      const [from, ...rest] = message.payload.split(" ");
      if (from !== me) heard(rest.join(" "));
    });
    const lost = (why: string) => {
      if (client !== next || closed) return;
      client = undefined;
      log(`Content notices: the listening connection was lost (${why}); opening it again`);
      next.end().catch(() => undefined);
      schedule();
    };
    next.on("error", (error) => {
      lost(error.message);
    });
    next.on("end", () => {
      lost("ended");
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
    delay = 1000;
    if (!first) {
      log("Content notices: listening again; reading all content afresh");
      heard(undefined);
    }
  }

  function schedule(): void {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect(false).catch((error: unknown) => {
        log(`Content notices: could not listen yet (${error instanceof Error ? error.message : String(error)})`);
        delay = Math.min(30_000, delay * 2);
        schedule();
      });
    }, delay);
    timer.unref();
  }

  try {
    await connect(true);
  } catch (error) {
    log(`Content notices: could not listen yet (${error instanceof Error ? error.message : String(error)})`);
    schedule();
  }

  return {
    async notify(payload) {
      const speaker = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
      // A connection of its own, so that a word goes out even while the listening one is being opened again.
      try {
        await speaker.connect();
        await speaker.query("SELECT pg_notify($1, $2)", [channel, `${me} ${payload}`]);
      } finally {
        await speaker.end().catch(() => undefined);
      }
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
