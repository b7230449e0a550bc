-- Staff sign-in through OpenID Connect: one row per sign-in under way, between the redirect to
-- the provider and its answer. Keyed by the SHA-256 of a random value in a short-lived cookie,
-- so that only the browser that started the sign-in can finish it. Deleted when used, or by the
-- purge ten minutes after it began.
CREATE TABLE staff_oidc_logins (
  id_hash text PRIMARY KEY,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_oidc_logins_expires ON staff_oidc_logins (expires_at);
