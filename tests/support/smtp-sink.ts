/**
 * The mail server of the browser tests: a real SMTP server on loopback (SMTP_SINK.smtpPort) that
 * Nära sends to, and a small HTTP page (SMTP_SINK.httpPort) listing what it received, so that a
 * test can read the mail a person would get.
 *
 *   node tests/support/smtp-sink.ts
 */
import { createServer } from "node:http";
import { startSmtp } from "./smtp.ts";

export const SMTP_SINK = { smtpPort: 4397, httpPort: 4396 } as const;

if (import.meta.main) {
  const smtp = await startSmtp(SMTP_SINK.smtpPort);
  createServer((request, response) => {
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.end(JSON.stringify(request.url === "/messages" ? smtp.received : []));
  }).listen(SMTP_SINK.httpPort, "127.0.0.1", () => {
    console.log(`SMTP sink on ${smtp.url}, messages at http://127.0.0.1:${String(SMTP_SINK.httpPort)}/messages`);
  });
}
