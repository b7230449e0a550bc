/**
 * Mail that is never lost when the mail server is down: a send that fails is kept in the
 * `mail_queue` table, sealed, and the caller carries on as if it had gone. The minutely upkeep
 * tries what is due again, with a pause that doubles from a minute up to an hour, until it is
 * sent or MAIL_RETRY_HOURS have passed (then it is given up, logged without the address, and
 * deleted). Several instances share the queue: each claims what it sends (SKIP LOCKED).
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db/index.ts";
import type { Mail, Mailer } from "../mail/index.ts";

export interface MailQueueDeps {
  db: Db;
  /** Seals and opens a mail at rest, bound to its row. */
  seal: (plain: string, id: string) => string;
  open: (sealed: string, id: string) => string;
  clock: () => Date;
  log: (line: string) => void;
  options: { retryHours: number };
}

/** The pause before attempt n + 1, after n failed ones: 1, 2, 4 … minutes, at most an hour. */
export const retryDelayMs = (attempts: number): number => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

export type MailQueue = ReturnType<typeof createMailQueue>;

export function createMailQueue(inner: Mailer, { db, seal, open, clock, log, options }: MailQueueDeps) {
  async function keep(mail: Mail, now: Date): Promise<void> {
    const id = randomUUID();
    await db.query("INSERT INTO mail_queue (id, mail_sealed, attempts, next_attempt_at, give_up_at, created_at) VALUES ($1, $2, 1, $3, $4, $5)", [
      id,
      seal(JSON.stringify(mail), id),
      new Date(now.getTime() + retryDelayMs(1)),
      new Date(now.getTime() + options.retryHours * 3_600_000),
      now,
    ]);
  }

  const mailer: Mailer = {
    kind: inner.kind,
    async send(mail) {
      try {
        await inner.send(mail);
      } catch (error) {
        log(`Mail "${mail.subject}" not sent (${error instanceof Error ? error.message : String(error)}): kept, to be tried again`);
        await keep(mail, clock());
      }
    },
    close: () => {
      inner.close();
    },
  };

  return {
    mailer,
    /** Mail waiting to be tried again. */
    async waiting(): Promise<number> {
      return Number((await db.query<{ n: string | number }>("SELECT count(*) AS n FROM mail_queue"))[0]?.n ?? 0);
    },
    /** Tries what is due: the counts sent, tried again later, and given up. */
    async flush(now: Date): Promise<{ sent: number; later: number; givenUp: number }> {
      // Claimed for five minutes, so that another instance does not send the same mail meanwhile.
      const due = await db.query<{ id: string; mail_sealed: string; attempts: number; give_up_at: Date }>(
        `UPDATE mail_queue SET next_attempt_at = $2 WHERE id IN (
           SELECT id FROM mail_queue WHERE next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT 50 FOR UPDATE SKIP LOCKED
         ) RETURNING id, mail_sealed, attempts, give_up_at`,
        [now, new Date(now.getTime() + 5 * 60_000)],
      );
      const counts = { sent: 0, later: 0, givenUp: 0 };
      for (const row of due) {
        const mail = JSON.parse(open(row.mail_sealed, row.id)) as Mail;
        try {
          await inner.send(mail);
          await db.query("DELETE FROM mail_queue WHERE id = $1", [row.id]);
          counts.sent++;
        } catch (error) {
          const next = new Date(now.getTime() + retryDelayMs(row.attempts + 1));
          if (next > new Date(row.give_up_at)) {
            await db.query("DELETE FROM mail_queue WHERE id = $1", [row.id]);
            log(`Mail "${mail.subject}" given up after ${String(row.attempts + 1)} attempts (${error instanceof Error ? error.message : String(error)})`);
            counts.givenUp++;
          } else {
            await db.query("UPDATE mail_queue SET attempts = attempts + 1, next_attempt_at = $2 WHERE id = $1", [row.id, next]);
            counts.later++;
          }
        }
      }
      return counts;
    },
  };
}
