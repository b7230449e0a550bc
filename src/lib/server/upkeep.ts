/**
 * The one upkeep: the follow-up's daily numbers rolled up, then everything past its retention deleted (every table that keeps something for a
 * time, and the proposals waiting in the content store), and the minutely jobs (booking
 * reminders, the night walks' day-before alerts, the information evenings' reminders and the
 * recruiters' daily summary). The server runs it at start, the purge hourly and the jobs every minute;
 * `npm run purge` runs the same purge once.
 */
import type { Queryable } from "../db/index.ts";
import { purge, type PurgeCounts } from "./purge.ts";

export interface UpkeepDeps {
  db: Queryable;
  auditRetentionDays: number;
  nightWalkRetentionDays?: number;
  proposals: { purge(now: Date): Promise<number> };
  booking: { sendReminders(now: Date): Promise<number> };
  nightWalks: { sendAlerts(now: Date): Promise<number> };
  recruitment: { upkeep(now: Date): Promise<unknown> };
  followup: { catchUp(now: Date): Promise<string[]>; flushHits(): Promise<number> };
  log?: (line: string) => void;
  /** Mail waiting to be tried again. */
  mail?: { flush(now: Date): Promise<unknown> };
  /** Values sealed with an older message key, moved to the current one a batch a minute. */
  reseal?: ((now: Date) => Promise<unknown>) | undefined;
  /** Told what each purge removed (the metrics). */
  purged?: (counts: Record<string, number>) => void;
}

export type UpkeepCounts = PurgeCounts & { proposals: number };

export interface Upkeep {
  /** Deletes everything past its retention at `now`; the counts by kind. */
  purge(now: Date): Promise<UpkeepCounts>;
  /** The jobs of one minute. */
  minutely(now: Date): Promise<void>;
  /** Purge now and hourly, jobs now and every minute; the timers do not keep the process alive. */
  start(clock?: () => Date): Promise<() => void>;
}

export function createUpkeep({ db, auditRetentionDays, nightWalkRetentionDays, proposals, booking, nightWalks, recruitment, followup, log = console.error, mail, reseal, purged }: UpkeepDeps): Upkeep {
  const upkeep: Upkeep = {
    async purge(now) {
      // The follow-up's numbers first, from the rows the purge is about to remove; a failed
      // roll-up is told in the log and does not keep personal data past its time.
      await followup.catchUp(now).catch((error: unknown) => {
        log(`Follow-up roll-up failed: ${error instanceof Error ? error.message : String(error)}`);
      });
      const [tables, drafts] = await Promise.all([purge(db, now, auditRetentionDays, nightWalkRetentionDays), proposals.purge(now)]);
      const counts = { ...tables, proposals: drafts };
      purged?.(counts);
      return counts;
    },
    async minutely(now) {
      await mail?.flush(now);
      await booking.sendReminders(now);
      await nightWalks.sendAlerts(now);
      await recruitment.upkeep(now);
      await followup.flushHits();
      await reseal?.(now);
    },
    async start(clock = () => new Date()) {
      const runPurge = () =>
        upkeep.purge(clock()).catch((error: unknown) => {
          log(`Purge failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      const runJobs = () =>
        void upkeep.minutely(clock()).catch((error: unknown) => {
          log(`Scheduled job failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      await runPurge();
      runJobs();
      const timers = [setInterval(() => void runPurge(), 3_600_000), setInterval(runJobs, 60_000)];
      for (const timer of timers) timer.unref();
      return () => {
        for (const timer of timers) clearInterval(timer);
      };
    },
  };
  return upkeep;
}
