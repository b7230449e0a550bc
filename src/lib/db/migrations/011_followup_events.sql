-- Follow-up counts taken as they happen, for what leaves no row of its own to roll up: a proposal
-- received lives in the content store only until it is decided. Per day × measure × unit
-- (the area) × dimension, added to as it happens; the roll-up reads a day's events with the rest.
CREATE TABLE followup_events (
  day text NOT NULL,                 -- YYYY-MM-DD, Stockholm
  measure text NOT NULL,
  unit text NOT NULL DEFAULT '',
  dimension text NOT NULL DEFAULT '',
  value bigint NOT NULL CHECK (value >= 0),
  PRIMARY KEY (day, measure, unit, dimension)
);

-- Days whose numbers are synthetic history (`npm run followup -- demo`): the insights page says
-- so, and the catch-up and the rebuild never roll them again from raw rows they do not have.
ALTER TABLE followup_days ADD COLUMN synthetic boolean NOT NULL DEFAULT false;
