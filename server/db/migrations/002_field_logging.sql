-- Field logging: the full session record, village rosters (residents), attendance and feedback.
-- Every new table keeps commune_code first in its primary key: the distribution key for a sharded
-- PostgreSQL, so a commune's sessions, residents, attendance and feedback live on one shard and
-- the foreign keys between them stay shard-local.

-- Sessions logged before this migration get plausible values for what the skeleton did not ask;
-- the invented ones (time, length, kind, audience) lose their default afterwards, so no new row is
-- ever stored without the device saying so.
alter table sessions
  add column start_time text not null default '08:00',
  add column duration_minutes integer not null default 60
    check (duration_minutes between 1 and 720),
  add column venue text not null default '',
  add column kind text not null default 'class',
  add column target_groups jsonb not null default '["residents"]',
  add column facilitators jsonb not null default '[]',
  add column vneid_activations integer not null default 0 check (vneid_activations >= 0),
  add column online_applications integer not null default 0 check (online_applications >= 0),
  add column cashless_accounts integer not null default 0 check (cashless_accounts >= 0),
  add column notes text not null default '',
  add column cancelled_at timestamptz;

alter table sessions
  alter column start_time drop default,
  alter column duration_minutes drop default,
  alter column kind drop default,
  alter column target_groups drop default;

create index sessions_by_village on sessions (commune_code, village_id, session_date);

-- An erased resident keeps only what anonymous counts need (village, sex, age group): the checks
-- make it impossible to store an erased row that still holds a name, birth year, phone or consent.
create table residents (
  commune_code text not null references communes (code),
  id uuid not null,
  village_id text not null,
  erased boolean not null default false,
  full_name text,
  birth_year integer,
  sex text check (sex in ('female', 'male')),
  phone text,
  age_group text,
  consent jsonb,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  server_updated_at timestamptz not null default now(),
  primary key (commune_code, id),
  foreign key (commune_code, village_id) references villages (commune_code, id),
  check (
    case when erased
      then full_name is null and birth_year is null and phone is null and consent is null
        and age_group is not null
      else full_name is not null and birth_year is not null and consent is not null
    end
  )
);

create index residents_by_village on residents (commune_code, village_id);

create table attendance (
  commune_code text not null references communes (code),
  session_id uuid not null,
  resident_id uuid not null,
  present boolean not null,
  updated_at timestamptz not null,
  server_updated_at timestamptz not null default now(),
  primary key (commune_code, session_id, resident_id),
  foreign key (commune_code, session_id) references sessions (commune_code, id),
  foreign key (commune_code, resident_id) references residents (commune_code, id)
);

-- "Unique residents reached" and a resident's history go by resident, not by session.
create index attendance_by_resident on attendance (commune_code, resident_id);

-- Append-only: rows are inserted once and never updated.
create table feedback (
  commune_code text not null references communes (code),
  id uuid not null,
  session_id uuid,
  village_id text not null,
  rating integer not null check (rating between 1 and 5),
  helped text not null,
  hard text not null,
  tags jsonb not null,
  text text not null,
  by_resident boolean not null,
  resident_id uuid,
  consent jsonb,
  created_at timestamptz not null,
  server_received_at timestamptz not null default now(),
  primary key (commune_code, id),
  foreign key (commune_code, village_id) references villages (commune_code, id),
  foreign key (commune_code, session_id) references sessions (commune_code, id),
  foreign key (commune_code, resident_id) references residents (commune_code, id),
  check (resident_id is null or consent is not null)
);

create index feedback_by_date on feedback (commune_code, created_at);
create index feedback_by_session on feedback (commune_code, session_id);
create index feedback_by_village on feedback (commune_code, village_id, created_at);
