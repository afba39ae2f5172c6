-- Self-paced learning (issue 6): learner profiles, quiz attempts and module completions synced
-- from residents' phones. Keyed by commune_code first like every tenant table (the distribution
-- key for a sharded PostgreSQL). No name and no PIN: those never leave the phone. A profile counts
-- anonymously (village, birth year) until a volunteer links it to a roster resident with consent.

create table learner_profiles (
  commune_code text not null references communes (code),
  id uuid not null,
  -- What the phone shows for linking: the last 8 hex digits of the id, upper case.
  profile_code text not null
    generated always as (upper(right(replace(id::text, '-', ''), 8))) stored,
  village_id text,
  birth_year integer check (birth_year between 1900 and 2100),
  -- Set only by a volunteer's link (never by the learner's own puts); cleared by an erasure.
  resident_id uuid,
  consent jsonb,
  linked_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  -- The clock of the put that wrote the profile: a whole-record last-writer-wins.
  hlc text not null,
  server_updated_at timestamptz not null default now(),
  primary key (commune_code, id),
  foreign key (commune_code, village_id) references villages (commune_code, id),
  foreign key (commune_code, resident_id) references residents (commune_code, id),
  check ((resident_id is null) = (consent is null) and (resident_id is null) = (linked_at is null))
);

create index learner_profiles_by_code on learner_profiles (commune_code, profile_code);
create index learner_profiles_by_village on learner_profiles (commune_code, village_id);
create index learner_profiles_by_resident on learner_profiles (commune_code, resident_id)
  where resident_id is not null;

-- Append-only: a quiz attempt is inserted once and never updated.
create table learning_attempts (
  commune_code text not null references communes (code),
  id uuid not null,
  profile_id uuid not null,
  module_code text not null,
  module_version integer not null,
  lesson_id text not null,
  answers jsonb not null,
  correct integer not null,
  total integer not null,
  passed boolean not null,
  attempted_at timestamptz not null,
  server_received_at timestamptz not null default now(),
  primary key (commune_code, id),
  foreign key (commune_code, profile_id) references learner_profiles (commune_code, id)
);

create index learning_attempts_by_profile
  on learning_attempts (commune_code, profile_id, module_code);

-- Monotonic: the first completion of a module by a profile is kept forever, with the certificate
-- code its phone made (unique in the commune, so a code names one certificate).
create table module_completions (
  commune_code text not null references communes (code),
  profile_id uuid not null,
  module_code text not null,
  module_version integer not null,
  completed_at timestamptz not null,
  code text not null,
  server_received_at timestamptz not null default now(),
  primary key (commune_code, profile_id, module_code),
  unique (commune_code, code),
  foreign key (commune_code, profile_id) references learner_profiles (commune_code, id)
);

-- The dashboard counts completions per module (and, through the profile, per village) over a
-- period; the primary key serves the join to the profile.
create index module_completions_by_module
  on module_completions (commune_code, module_code, completed_at);
create index module_completions_by_date on module_completions (commune_code, completed_at);
