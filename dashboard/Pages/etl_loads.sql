SELECT l.load_id, l.source, l.exported_at, l.started_at, l.finished_at, l.status, l.message,
       count(f.kind) AS files, coalesce(sum(f.rows_read), 0) AS rows_read,
       coalesce((SELECT count(*) FROM etl_reject r WHERE r.load_id = l.load_id), 0) AS rejected
FROM etl_load l
LEFT JOIN etl_load_file f ON f.load_id = l.load_id
WHERE $school IS NULL OR l.school_code = $school
GROUP BY ALL
ORDER BY l.load_id DESC
LIMIT 100
