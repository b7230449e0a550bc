-- Mail that could not be sent when it was written (the mail server down): kept, sealed, and
-- tried again with a growing pause until it goes or its time is up. A row is deleted when the
-- mail is sent or given up; nothing else is kept of it.
CREATE TABLE mail_queue (
  id uuid PRIMARY KEY,
  mail_sealed text NOT NULL,           -- address, subject, text and attachments, sealed (AES-256-GCM)
  attempts integer NOT NULL CHECK (attempts >= 1),
  next_attempt_at timestamptz NOT NULL,
  give_up_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at);
