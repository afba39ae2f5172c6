-- Sync: every change to a tenant row takes the next number of its commune's change sequence, and
-- devices pull "everything after number N". Writers take the commune's counter row lock and hold it
-- until they commit, so numbers commit in order and a pull can never pass a number that commits
-- later (DESIGN.md's late-commit trap). Rows stored before this migration keep number 0: a device's
-- first pull (after -1) brings them.
create table commune_changes (
  commune_code text primary key references communes (code),
  last_seq bigint not null default 0
);
insert into commune_changes (commune_code) select code from communes;

-- Per-field hybrid logical clocks of editable records ({} = older than any clocked change).
alter table sessions
  add column clocks jsonb not null default '{}',
  add column change_seq bigint not null default 0;
alter table residents
  add column clocks jsonb not null default '{}',
  add column change_seq bigint not null default 0;
alter table attendance
  add column hlc text not null default '',
  add column change_seq bigint not null default 0;
alter table feedback add column change_seq bigint not null default 0;

create index sessions_by_change on sessions (commune_code, change_seq);
create index residents_by_change on residents (commune_code, change_seq);
create index attendance_by_change on attendance (commune_code, change_seq);
create index feedback_by_change on feedback (commune_code, change_seq);

-- A replayed push gets the answer the first one got: rejections are kept (ok is the default).
create table sync_rejections (
  commune_code text not null,
  client_id uuid not null,
  seq bigint not null,
  reason text not null,
  primary key (commune_code, client_id, seq)
);

-- Same-field conflicts kept for review: the value that lost, never silently dropped.
create table sync_conflicts (
  commune_code text not null references communes (code),
  id uuid not null,
  record_type text not null check (record_type in ('session', 'resident')),
  record_id uuid not null,
  village_id text not null,
  field text not null,
  kept jsonb,
  lost jsonb,
  kept_hlc text not null,
  lost_hlc text not null,
  created_at timestamptz not null default now(),
  change_seq bigint not null,
  primary key (commune_code, id)
);

create index sync_conflicts_by_change on sync_conflicts (commune_code, change_seq);
