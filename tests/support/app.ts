/**
 * The app composed for a service test, the way the server composes it (`createApp`), with the
 * parts a test controls: PGlite in memory, a fixed clock, a mail catcher, the demo dataset and a
 * drafts file of its own. No built server, no HTTP.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type App } from "../../src/app/index.ts";
import { parseEnv } from "../../src/lib/config.ts";
import { localDrafts } from "../../src/lib/content/drafts.ts";
import { localSource } from "../../src/lib/content/sources.ts";
import type { Mail, Mailer } from "../../src/lib/mail/index.ts";

/** Tuesday 24 November 2026, 17:30 in Stockholm: the demo clinics take bookings this week. */
export const TUESDAY = new Date("2026-11-24T17:30:00+01:00");

export interface TestApp {
  app: App;
  /** Every mail the app sent, in order. */
  mail: Mail[];
  close: () => Promise<void>;
}

/** A mailer that keeps what it is given; `failing` (or while it says so) makes every send throw (a mail server that is down). */
export function mailCatcher(mail: Mail[], failing: boolean | (() => boolean) = false): Mailer {
  return {
    kind: "outbox",
    send(message) {
      if (typeof failing === "function" ? failing() : failing) return Promise.reject(new Error("connection refused"));
      mail.push(message);
      return Promise.resolve();
    },
    close() {
      /* nothing to close */
    },
  };
}

export async function testApp(env: Record<string, string> = {}, clock = TUESDAY): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), "nara-app-"));
  const dataset = join(dir, "dataset.ndjson");
  copyFileSync("sanity/seed/dataset.ndjson", dataset);
  const mail: Mail[] = [];
  const app = await createApp(
    parseEnv({ DATA_DIR: "memory://", FORM_MIN_SECONDS: "0", PUBLIC_SITE_URL: "https://nara.example", ...env }),
    // With SMTP_URL the app sends through nodemailer to that server, as in production; else the catcher keeps the mail.
    { content: localSource(dataset), drafts: localDrafts(dataset), clock: () => clock, ...(env["SMTP_URL"] ? {} : { mailer: mailCatcher(mail) }) },
  );
  return {
    app,
    mail,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A proof a browser form carries without JavaScript: the form token, signed for this form. */
export const withToken = (app: App, form: string, fields: Record<string, string>): Record<string, string> => ({ ...fields, formToken: app.guard.formToken(form) });

/** An activity proposal as the form sends it, with its token: a one-time homework session in Norrgärdet. */
export const proposalForm = (app: App, fields: Record<string, string> = {}): Record<string, string> =>
  withToken(app, "proposal", {
    association: "Trygga kvällar",
    contactName: "Sara Ali",
    contactEmail: "sara@example.se",
    title: "Läxhjälp på somaliska",
    description: "Vi hjälper barn med läxor. Alla är välkomna.",
    category: "homework",
    area: "norrgardet",
    place: "Biblioteket",
    street: "Storgatan 1",
    postalCode: "990 10",
    date: "2026-12-01",
    start: "16:00",
    end: "18:00",
    repeat: "once",
    ageGroup: "children",
    lang_so: "on",
    lang_sv: "on",
    cost: "0",
    ...fields,
  });
