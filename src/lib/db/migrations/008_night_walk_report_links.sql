-- The walk leader's report link: the coordinator picks one of the night's walkers as its leader,
-- who gets a link with a secret to fill in the night's report without an account. Only the
-- secret's hash is kept; one link a night (a new one replaces the last); it works until
-- `expires_at` (a week after the walk) and goes with the leader's sign-up.
CREATE TABLE night_walk_report_links (
  walk_key text PRIMARY KEY,
  signup_id uuid NOT NULL REFERENCES night_walk_signups (id) ON DELETE CASCADE,
  secret_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX night_walk_report_links_expiry ON night_walk_report_links (expires_at);
