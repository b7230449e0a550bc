-- Bookings at the youth clinics. Nothing here names a person: no name, no personal identity
-- number, no IP address. The manage secret is stored only as a hash.

-- Seats taken per clinic slot. The CHECK makes the database, not the application, refuse a
-- booking beyond capacity: two requests for the last seat cannot both succeed.
CREATE TABLE slot_seats (
  clinic_id text NOT NULL,
  slot_key text NOT NULL,              -- Stockholm wall-clock start, e.g. 2026-11-24T16:20
  capacity integer NOT NULL CHECK (capacity > 0),
  taken integer NOT NULL DEFAULT 0,
  PRIMARY KEY (clinic_id, slot_key),
  CONSTRAINT slot_not_overbooked CHECK (taken >= 0 AND taken <= capacity)
);

CREATE TABLE bookings (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,           -- short, readable, shown to the visitor
  secret_hash text NOT NULL,           -- hash of the manage secret (≥ 96 bits), never the secret
  clinic_id text NOT NULL,
  visit_type text NOT NULL,
  slot_keys text[] NOT NULL,           -- every slot the visit covers
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  nickname text CHECK (nickname IS NULL OR length(nickname) <= 40),
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'arrived', 'no_show')),
  idempotency_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  purge_after timestamptz NOT NULL     -- retention: deleted by the purge after this
);
CREATE INDEX bookings_clinic_start ON bookings (clinic_id, starts_at);
CREATE INDEX bookings_purge ON bookings (purge_after);
