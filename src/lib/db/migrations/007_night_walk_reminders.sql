-- The reminder a walker with an e-mail address gets the day before each night: sent once.
ALTER TABLE night_walk_signups ADD COLUMN reminded_at timestamptz;
