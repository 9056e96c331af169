-- App updates: the releases an administrator uploaded (the installers are files in the server's
-- updates folder), each centre's channel, and the update state each device last reported.
-- Enrolment codes may be used by several PCs (a centre's fleet configuration file carries one).

CREATE TABLE releases (
  channel text NOT NULL,
  platform text NOT NULL,
  version text NOT NULL,
  file_name text NOT NULL,
  size bigint NOT NULL,
  -- SHA-512 of the installer, base64.
  sha512 text NOT NULL,
  notes text NOT NULL,
  rollout_percent integer NOT NULL,
  uploaded_at bigint NOT NULL,
  PRIMARY KEY (channel, platform, version)
);

ALTER TABLE centres ADD COLUMN update_channel text NOT NULL DEFAULT 'stable';

CREATE TABLE device_updates (
  device_id text PRIMARY KEY REFERENCES devices (id),
  -- UpdateStatus (core/updates/update-status.ts).
  status jsonb NOT NULL,
  reported_at bigint NOT NULL
);

ALTER TABLE enrolment_codes ADD COLUMN max_uses integer NOT NULL DEFAULT 1;
ALTER TABLE enrolment_codes ADD COLUMN uses integer NOT NULL DEFAULT 0;
UPDATE enrolment_codes SET uses = 1 WHERE used_at IS NOT NULL;
