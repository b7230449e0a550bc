-- Follow-up for the social board: numbers kept beyond the raw rows' life. A daily roll-up writes
-- counts per day × measure × unit (a clinic, office or area; '' for the whole municipality) ×
-- dimension (`visitType:talk`, `hour:18`, `topic:money`, …) before the purge removes the rows they
-- come from, and anonymous durations (minutes, with no reference to any row) for medians and
-- percentiles over any period. Re-rolling a day replaces that day's numbers: running it twice
-- changes nothing. Nothing here names or points to a person.
CREATE TABLE followup_counts (
  day text NOT NULL,                 -- YYYY-MM-DD, Stockholm
  measure text NOT NULL,
  unit text NOT NULL DEFAULT '',
  dimension text NOT NULL DEFAULT '',
  value bigint NOT NULL CHECK (value >= 0),
  PRIMARY KEY (day, measure, unit, dimension)
);
CREATE INDEX followup_counts_measure ON followup_counts (measure, day);

CREATE TABLE followup_durations (
  day text NOT NULL,
  measure text NOT NULL,
  unit text NOT NULL DEFAULT '',
  minutes integer NOT NULL CHECK (minutes >= 0)
);
CREATE INDEX followup_durations_measure ON followup_durations (measure, day);

-- Which days have been rolled up, and when: the catch-up rolls every day after the last one.
CREATE TABLE followup_days (
  day text PRIMARY KEY,
  rolled_at timestamptz NOT NULL
);

-- Use of the site, counted on the server per day, language and page type: just the count, with
-- no cookie, address, user agent or referrer.
CREATE TABLE followup_hits (
  day text NOT NULL,
  locale text NOT NULL,
  page_type text NOT NULL,
  hits bigint NOT NULL CHECK (hits >= 0),
  PRIMARY KEY (day, locale, page_type)
);
