-- Recruitment of contact persons, contact families, family homes and emergency homes.
--
-- Information evenings: a seat (for one to four persons) is taken under a CHECK, as booking
-- seats are, so an evening can never be overbooked. The booker's name and e-mail or phone are
-- sealed (AES-256-GCM, bound to the row); a code and a secret cancel; the row is deleted a month
-- after the evening (`purge_after`).
CREATE TABLE info_evening_seats (
  evening_id text PRIMARY KEY,
  capacity integer NOT NULL CHECK (capacity > 0),
  taken integer NOT NULL DEFAULT 0,
  CONSTRAINT info_evening_not_overfilled CHECK (taken >= 0 AND taken <= capacity)
);

CREATE TABLE info_evening_bookings (
  id uuid PRIMARY KEY,
  evening_id text NOT NULL,
  evening_date text NOT NULL,        -- YYYY-MM-DD, Stockholm
  code text NOT NULL UNIQUE,
  secret_hash text NOT NULL,
  persons integer NOT NULL CHECK (persons BETWEEN 1 AND 4),
  contact_sealed text NOT NULL,      -- name, and an e-mail address or a phone number
  locale text NOT NULL,
  cancelled_at timestamptz,
  attended boolean,
  reminded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  purge_after timestamptz NOT NULL
);
CREATE INDEX info_evening_bookings_evening ON info_evening_bookings (evening_id);
CREATE INDEX info_evening_bookings_purge ON info_evening_bookings (purge_after);

-- Interest (intresseanmälan): what the person chose to tell, sealed; the roles, the area (from
-- the postal code) and the languages at home in the clear, for the recruiters' board. Opened
-- again with a receipt code (only its hash is kept). Deleted at `purge_after`:
-- RECRUITMENT_RETENTION_DAYS after it was closed, or after the last thing that happened to it
-- while open (so one nobody touches for that long does not stay for ever).
CREATE TABLE recruitment_interests (
  id uuid PRIMARY KEY,
  receipt_hash text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('received', 'contacted', 'invited', 'assessment', 'closed')),
  closed_reason text CHECK (closed_reason IS NULL OR closed_reason IN ('withdrawn', 'noMatch', 'placed', 'unreachable', 'other')),
  roles text[] NOT NULL,
  area_id text,
  languages text[] NOT NULL DEFAULT '{}',
  details_sealed text NOT NULL,
  locale text NOT NULL,
  handler text,
  next_contact text,                 -- YYYY-MM-DD
  promised_by text NOT NULL,         -- YYYY-MM-DD: the municipality calls by then
  contacted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  purge_after timestamptz NOT NULL
);
CREATE INDEX recruitment_interests_status ON recruitment_interests (status, promised_by);
CREATE INDEX recruitment_interests_purge ON recruitment_interests (purge_after);

CREATE TABLE recruitment_notes (
  id uuid PRIMARY KEY,
  interest_id uuid NOT NULL REFERENCES recruitment_interests (id) ON DELETE CASCADE,
  author text NOT NULL,
  body_sealed text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recruitment_notes_interest ON recruitment_notes (interest_id);

CREATE TABLE recruitment_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  interest_id uuid NOT NULL REFERENCES recruitment_interests (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL,
  reason text,
  by_user text NOT NULL
);
CREATE INDEX recruitment_history_interest ON recruitment_history (interest_id);

-- The daily summary to the recruitment mailbox: sent once a day across instances.
CREATE TABLE recruitment_summaries (
  day text PRIMARY KEY,
  sent_at timestamptz NOT NULL
);
