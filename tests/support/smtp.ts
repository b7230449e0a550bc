/** A real SMTP server process part on loopback for mail tests: it keeps every message it receives, parsed. */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

export interface SmtpCapture {
  url: string;
  received: ReceivedMail[];
  /** Waits until `count` messages have arrived (or fails after a few seconds). */
  waitFor: (count: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
}

export async function startSmtp(port = 0): Promise<SmtpCapture> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      void simpleParser(stream).then((mail) => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), subject: mail.subject ?? "", text: mail.text ?? "" });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, "127.0.0.1", resolve));
  const address = smtp.server.address();
  const bound = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${String(bound)}`,
    received,
    async waitFor(count) {
      for (let i = 0; i < 100 && received.length < count; i++) await new Promise((r) => setTimeout(r, 50));
      if (received.length < count) throw new Error(`Expected ${String(count)} mails, got ${String(received.length)}`);
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        smtp.close(resolve);
      }),
  };
}
