-- Device clocks the server merged with another clock than their own (see src/core/hlc.ts,
-- effectiveHlc): a phone whose clock runs ahead is clamped, and an older change of that phone
-- arriving later (e.g. from a backup file) must still sort before the newer one clamped first.
-- Only changes merged with another clock are kept; a phone with a correct clock adds nothing.
create table hlc_clamps (
  commune_code text not null references communes (code),
  node text not null,
  original text not null,
  effective text not null,
  primary key (commune_code, node, original)
);
