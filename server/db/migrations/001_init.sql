-- Communes, their villages, accounts, and the first synced record (sessions).
-- Every tenant row carries commune_code: the distribution key for a sharded PostgreSQL.

create table communes (
  code text primary key,
  name text not null,
  province text not null,
  units_version text not null
);

create table villages (
  commune_code text not null references communes (code),
  id text not null,
  name text not null,
  former_commune text,
  sort_order integer not null,
  primary key (commune_code, id)
);

create table users (
  commune_code text not null references communes (code),
  id uuid not null,
  phone text not null,
  display_name text not null,
  role text not null check (role in ('admin', 'volunteer')),
  password_hash text not null,
  created_at timestamptz not null default now(),
  primary key (commune_code, id),
  unique (phone)
);

-- Per device: the last mutation applied, so a replayed push never applies anything twice.
create table sync_clients (
  commune_code text not null references communes (code),
  client_id uuid not null,
  last_seq bigint not null default 0,
  last_seen_at timestamptz not null default now(),
  primary key (commune_code, client_id)
);

create table sessions (
  commune_code text not null references communes (code),
  id uuid not null,
  village_id text not null,
  session_date date not null,
  topics jsonb not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  server_updated_at timestamptz not null default now(),
  primary key (commune_code, id),
  foreign key (commune_code, village_id) references villages (commune_code, id)
);

create index sessions_by_date on sessions (commune_code, session_date);
