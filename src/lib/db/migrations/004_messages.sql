-- Contact with the area offices: a thread per message written in, with the replies and
-- follow-ups. Bodies and contact details are sealed with AES-256-GCM (src/lib/messages/crypto.ts);
-- the receipt code is kept only as a SHA-256 hash. A thread is deleted by the purge once
-- `purge_after` has passed: a set time after the last activity.
CREATE TABLE message_threads (
  id uuid PRIMARY KEY,
  receipt_hash text NOT NULL UNIQUE,
  unit_id text NOT NULL,            -- the office or clinic it is written to
  topic text NOT NULL,
  answer_locale text NOT NULL,      -- the language the writer wants the answer in
  contact_mode text NOT NULL CHECK (contact_mode IN ('code', 'phone', 'email')),
  contact_sealed text,              -- name, phone, good times to call, e-mail: as given, sealed
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'waiting', 'handled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_activity_at timestamptz NOT NULL,
  purge_after timestamptz NOT NULL
);
CREATE INDEX message_threads_unit ON message_threads (unit_id, last_activity_at DESC);
CREATE INDEX message_threads_purge ON message_threads (purge_after);

CREATE TABLE thread_messages (
  id uuid PRIMARY KEY,
  thread_id uuid NOT NULL REFERENCES message_threads (id) ON DELETE CASCADE,
  author text NOT NULL CHECK (author IN ('resident', 'staff')),
  staff_user_id uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  body_sealed text NOT NULL,
  created_at timestamptz NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY   -- the order of writing, when two share a time
);
CREATE INDEX thread_messages_thread ON thread_messages (thread_id, created_at, seq);
