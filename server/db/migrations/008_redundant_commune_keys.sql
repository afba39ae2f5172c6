-- The field records' own foreign key to communes repeats what another of their keys already holds:
-- each also references a row of the same commune (attendance its session and resident, the others
-- their village, all not null), and that row references the commune. The repeat cost every pushed
-- row a lookup and a lock (in bench:sync about 1.3 of the 9 ms a 500-row attendance batch spends in
-- PostgreSQL); nothing it guarded is lost: a commune still cannot be deleted while it has villages.
alter table attendance drop constraint attendance_commune_code_fkey;
alter table feedback drop constraint feedback_commune_code_fkey;
alter table sessions drop constraint sessions_commune_code_fkey;
alter table residents drop constraint residents_commune_code_fkey;
