-- The parts booking shares with the other public forms and the staff pages: server secrets,
-- single-use tokens, rate limits, reminder addresses, the mail outbox, staff accounts,
-- sessions and the audit log. Every table has a time after which the purge deletes its rows.

-- Generated once by the first server to start, so that every instance signs alike.
CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Anti-automation proofs (ALTCHA payloads, no-JavaScript form tokens) already used once.
CREATE TABLE used_tokens (
  id text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX used_tokens_expiry ON used_tokens (expires_at);

-- Requests per client and window. The client is an HMAC of its address, never the address.
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  client text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (bucket, client, window_start)
);
CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);

ALTER TABLE bookings ADD COLUMN locale text NOT NULL DEFAULT 'sv';

-- A reminder address lives only until its visit has started.
CREATE TABLE booking_reminders (
  booking_id uuid PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
  email text NOT NULL,
  send_at timestamptz NOT NULL,
  delete_after timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX booking_reminders_due ON booking_reminders (send_at) WHERE sent_at IS NULL;

-- Mail not sent through SMTP (none configured) waits here, and is deleted after a week.
CREATE TABLE mail_outbox (
  id bigserial PRIMARY KEY,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  delete_after timestamptz NOT NULL
);

CREATE TABLE staff_users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text,                  -- scrypt
  roles text[] NOT NULL DEFAULT '{}',  -- e.g. {clinic:clinic-ungdomsmottagningen-ekbacken, editor}
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled boolean NOT NULL DEFAULT false
);

CREATE TABLE staff_sessions (
  id_hash text PRIMARY KEY,            -- SHA-256 of the cookie value; the value itself is never stored
  user_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  username text NOT NULL,
  action text NOT NULL,                -- e.g. bookings.read, booking.cancel, sign-in
  unit_id text,
  detail text
);
CREATE INDEX audit_log_at ON audit_log (at);
