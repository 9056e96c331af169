-- The sync server's tables. Times are epoch milliseconds (bigint); ids are kept as the device
-- sent them (text), so a row is found by exactly the id its device knows.

CREATE TABLE centres (
  id text PRIMARY KEY,
  -- CentreReferenceInput (core/centre/reference.ts), without the version.
  reference jsonb NOT NULL,
  reference_version integer NOT NULL,
  -- The centre's change log position: the rev of its latest row change.
  last_rev bigint NOT NULL DEFAULT 0,
  created_at bigint NOT NULL
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  centre_id text NOT NULL REFERENCES centres (id),
  name text NOT NULL,
  roles jsonb NOT NULL,
  -- SHA-256 of the device token; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  enrolled_at bigint NOT NULL,
  last_seen_at bigint,
  revoked_at bigint
);
CREATE INDEX devices_centre ON devices (centre_id);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  centre_id text NOT NULL REFERENCES centres (id),
  roles jsonb NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at bigint,
  used_by text
);

-- Every synced row of every centre: the table's fields in data, the sync fields in columns.
CREATE TABLE rows (
  tbl text NOT NULL,
  id text NOT NULL,
  centre_id text NOT NULL REFERENCES centres (id),
  rev bigint NOT NULL,
  deleted smallint NOT NULL,
  updated_at text NOT NULL,
  data jsonb NOT NULL,
  -- Per field, the HLC stamp of its value; stamps equal to updated_at are left out.
  field_clocks jsonb NOT NULL,
  PRIMARY KEY (tbl, id)
);
CREATE UNIQUE INDEX rows_centre_rev ON rows (centre_id, rev);

-- The answer given to each pushed mutation, so a resend gets the same answer. The fingerprint
-- (SHA-256 of the mutation's canonical JSON) tells a resend from a different mutation that
-- reuses the seq.
CREATE TABLE applied_mutations (
  device_id text NOT NULL REFERENCES devices (id),
  seq bigint NOT NULL,
  fingerprint text NOT NULL,
  result jsonb NOT NULL,
  created_at bigint NOT NULL,
  PRIMARY KEY (device_id, seq)
);

-- Values that lost a field-by-field merge, kept for a supervisor.
CREATE TABLE conflicts (
  id bigserial PRIMARY KEY,
  centre_id text NOT NULL REFERENCES centres (id),
  tbl text NOT NULL,
  row_id text NOT NULL,
  field text NOT NULL,
  kept_value jsonb,
  kept_hlc text NOT NULL,
  lost_value jsonb,
  lost_hlc text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX conflicts_centre ON conflicts (centre_id, id);

-- The administrator token's SHA-256 (one row).
CREATE TABLE admin (
  id smallint PRIMARY KEY CHECK (id = 1),
  token_hash text NOT NULL
);
