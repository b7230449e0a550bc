-- Why a night walk was cancelled, for the follow-up's "nights cancelled for lack of walkers":
-- 'fewWalkers' when fewer than the series' least number were signed up as it was cancelled.
-- Nights cancelled before this column existed have none (counted as another reason).
ALTER TABLE night_walk_nights ADD COLUMN cancel_reason text CHECK (cancel_reason IN ('fewWalkers', 'other'));

-- A database that ran an early copy of 013 lost bookings.idempotency_key, which the previous
-- release still writes during a rolling upgrade: back as an empty column (nothing reads it).
ALTER TABLE bookings ADD COLUMN IF NOT EXISTS idempotency_key text;
