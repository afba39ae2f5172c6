-- Reports (issue 7): the adult population an administrator enters per village, for "% of a
-- village's adults reached" (null until entered), and the index the dashboard's aggregates
-- (server/db/report-queries.ts) add to those they already had: sessions_by_date and
-- sessions_by_village find a period's sessions, feedback_by_date and feedback_by_village its
-- feedback, module_completions_by_date its completions.

alter table villages add column adults integer check (adults >= 0);

-- Present attendance only, carrying the resident: the dashboard counts each session's attendance
-- and, for a month or one village, finds its residents with index-only scans here instead of
-- reading the table (in EXPLAIN on PostgreSQL: "Index Only Scan using attendance_present",
-- "Heap Fetches: 0" once vacuumed).
create index attendance_present on attendance (commune_code, session_id)
  include (resident_id) where present;
