-- What becomes of each night of a night walk: cancelled by the coordinator, the day-before alert
-- sent, and the report (loggbok) after the walk. A report keeps counts and categories for the
-- follow-up; its free text is sealed, and deleted `notes_purge_after` (a municipal setting), and
-- no young person is ever named in it. Who walked is kept as attendance rows: a sign-up, or a
-- walk-in's name (sealed), with the association they walked for (for the compensation).

CREATE TABLE night_walk_nights (
  walk_key text PRIMARY KEY,
  series_id text NOT NULL,
  walk_date text NOT NULL,
  cancelled_at timestamptz,
  alerted_at timestamptz,
  reported_at timestamptz,
  reported_by text,
  started text,
  ended text,
  route text,
  young_people integer CHECK (young_people IS NULL OR young_people >= 0),
  happenings text[] NOT NULL DEFAULT '{}',
  notes_sealed text,
  notes_purge_after timestamptz,
  walkers_present integer CHECK (walkers_present IS NULL OR walkers_present >= 0)
);
CREATE INDEX night_walk_nights_date ON night_walk_nights (walk_date);

CREATE TABLE night_walk_attendance (
  id uuid PRIMARY KEY,
  walk_key text NOT NULL REFERENCES night_walk_nights (walk_key) ON DELETE CASCADE,
  signup_id uuid REFERENCES night_walk_signups (id) ON DELETE SET NULL,
  name_sealed text,
  association_id text
);
CREATE INDEX night_walk_attendance_walk ON night_walk_attendance (walk_key);
