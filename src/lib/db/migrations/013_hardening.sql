-- A booking's idempotency key was kept as it came, beside the secret a copy of the database
-- could derive from it. Only a keyed hash of the key is kept now. Keys already kept are
-- emptied: a key serves a retry within minutes, not a booking's lifetime. The old column stays
-- (migrations only add), so that an instance of the previous release still books during a
-- rolling upgrade; the purge empties what such an instance writes there.
UPDATE bookings SET idempotency_key = NULL WHERE idempotency_key IS NOT NULL;
ALTER TABLE bookings ADD COLUMN idempotency_hash text UNIQUE;

-- Rate limits know a client by an HMAC of its address. The key for that is drawn at random for
-- one period (a whole number of limit windows, about a day) and deleted when the period ends,
-- so that the counts kept can never be linked back to an address afterwards.
CREATE TABLE client_keys (
  period bigint PRIMARY KEY,
  value text NOT NULL,
  delete_after timestamptz NOT NULL
);
