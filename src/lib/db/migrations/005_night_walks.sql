-- Night walks: who signed up for which walk, with places enforced by the database.
--
-- A walk is one night of a series from the CMS: `walk_key` = series id + ':' + date. Its places
-- are counted in `night_walk_places` under a CHECK, as booking seats are in `slot_seats`, so the
-- maximum can never be exceeded whatever the application checked. A sign-up beyond it waits as
-- a reserve, in the order it came (`seq`); when a place frees, the first reserve moves up.
--
-- A person (or an association's contact person) signs up once for one or several nights and
-- gets a code and a secret, as with bookings; the names, phone numbers and e-mail addresses are
-- sealed with AES-256-GCM bound to the row (src/lib/security/crypto.ts), and every row is
-- deleted `purge_after` (NIGHTWALK_RETENTION_DAYS after the season's last night).

CREATE TABLE night_walk_places (
  walk_key text PRIMARY KEY,
  capacity integer NOT NULL CHECK (capacity > 0),
  taken integer NOT NULL DEFAULT 0,
  CONSTRAINT night_walk_not_overfilled CHECK (taken >= 0 AND taken <= capacity)
);

CREATE TABLE night_walkers (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,
  secret_hash text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('adult', 'association')),
  association_id text,
  contact_sealed text NOT NULL,      -- name, mobile, e-mail of the adult or the contact person
  locale text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  purge_after timestamptz NOT NULL
);
CREATE INDEX night_walkers_purge ON night_walkers (purge_after);

CREATE TABLE night_walk_signups (
  id uuid PRIMARY KEY,
  walker_id uuid NOT NULL REFERENCES night_walkers (id) ON DELETE CASCADE,
  series_id text NOT NULL,
  walk_date text NOT NULL,           -- YYYY-MM-DD, Stockholm
  walk_key text NOT NULL,
  name_sealed text NOT NULL,         -- who walks: the adult, or one of the association's walkers
  status text NOT NULL CHECK (status IN ('walker', 'reserve', 'cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX night_walk_signups_walk ON night_walk_signups (walk_key, status, seq);
CREATE INDEX night_walk_signups_walker ON night_walk_signups (walker_id);
