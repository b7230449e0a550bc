/**
 * The mail part: SMTP through nodemailer when SMTP_URL is set; otherwise every message goes
 * to the outbox table (deleted after a week) and a line in the log that names no recipient.
 */
import type { Queryable } from "../db/index.ts";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Files sent along (a calendar file); the outbox keeps the text only. */
  attachments?: readonly { filename: string; content: string; contentType: string }[];
}

export interface Mailer {
  readonly kind: "smtp" | "outbox";
  send(mail: Mail): Promise<void>;
  close(): void;
}

const OUTBOX_DAYS = 7;

export function outboxMailer(db: Queryable, log: (line: string) => void = console.log): Mailer {
  return {
    kind: "outbox",
    async send(mail) {
      await db.query(
        `INSERT INTO mail_outbox (to_address, subject, body, delete_after) VALUES ($1, $2, $3, now() + interval '${String(OUTBOX_DAYS)} days')`,
        [mail.to, mail.subject, mail.text],
      );
      log(`Mail kept in the outbox (no SMTP_URL): "${mail.subject}"`);
    },
    close() {
      /* nothing to close */
    },
  };
}

export async function smtpMailer(url: string, from: string): Promise<Mailer> {
  const { default: nodemailer } = await import("nodemailer");
  const transport = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.attachments ? { attachments: mail.attachments.map((a) => ({ ...a })) } : {}) });
    },
    close() {
      transport.close();
    },
  };
}

/** The same mailer, telling `failed` of every send that throws (for the metrics). */
export function countFailures(mailer: Mailer, failed: () => void): Mailer {
  return {
    kind: mailer.kind,
    async send(mail) {
      try {
        await mailer.send(mail);
      } catch (error) {
        failed();
        throw error;
      }
    },
    close: () => {
      mailer.close();
    },
  };
}

/**
 * A notice whose failure must not undo what it tells of (the message is stored either way): a
 * failed send is logged, naming `what` but not the recipient, and answered with false.
 */
export async function sendNotice(mailer: Mailer, mail: Mail, what: string): Promise<boolean> {
  try {
    await mailer.send(mail);
    return true;
  } catch (error) {
    console.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
