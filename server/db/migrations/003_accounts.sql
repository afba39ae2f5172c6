-- Accounts: volunteers invited by a commune administrator, the villages each volunteer serves,
-- one-time invite codes, signed-in devices (refresh tokens) and the audit log. All keyed by
-- commune_code first, like every tenant table: the distribution key for a sharded PostgreSQL.

-- 'invited' until the invite is redeemed, 'active' after, 'revoked' when the commune takes access
-- away (rows are kept: sessions name their facilitators, the audit log names its actors).
alter table users
  add column status text not null default 'active'
    check (status in ('invited', 'active', 'revoked')),
  add column revoked_at timestamptz;

-- Demo volunteers seeded before accounts had no way to sign in: they wait for an invite.
update users set status = 'invited' where password_hash = '!';

create table user_villages (
  commune_code text not null,
  user_id uuid not null,
  village_id text not null,
  primary key (commune_code, user_id, village_id),
  foreign key (commune_code, user_id) references users (commune_code, id),
  foreign key (commune_code, village_id) references villages (commune_code, id)
);

-- Only a hash of the code is stored; a code works once, before expires_at, with its user's phone.
create table invites (
  commune_code text not null,
  code_hash text not null,
  user_id uuid not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  primary key (commune_code, code_hash),
  foreign key (commune_code, user_id) references users (commune_code, id)
);

create index invites_by_user on invites (commune_code, user_id);

-- One row per signed-in device. The refresh token is stored hashed and rotated on every use; the
-- previous one stays valid for a short while, for a phone whose refresh answer was lost on 2G.
create table devices (
  commune_code text not null,
  id uuid not null,
  user_id uuid not null,
  refresh_hash text not null unique,
  previous_refresh_hash text,
  rotated_at timestamptz,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  primary key (commune_code, id),
  foreign key (commune_code, user_id) references users (commune_code, id)
);

create index devices_by_user on devices (commune_code, user_id);
create index devices_by_previous_refresh on devices (previous_refresh_hash);

-- Who changed or exported what, when. Append-only; administrators of the commune read it.
create table audit_log (
  commune_code text not null references communes (code),
  id uuid not null,
  at timestamptz not null default now(),
  actor_id uuid,
  action text not null,
  target_type text not null,
  target_id text not null,
  detail jsonb not null default '{}',
  primary key (commune_code, id)
);

create index audit_by_time on audit_log (commune_code, at);
