-- Each kind's file as the school's last successful load of that kind read it: its SHA-256 and that load.
SELECT f.kind, f.sha256, f.load_id
FROM etl_load_file f
JOIN etl_load l USING (load_id)
WHERE l.school_code = $school AND l.status IN ('succeeded', 'partial') AND f.status = 'loaded'
QUALIFY row_number() OVER (PARTITION BY f.kind ORDER BY f.load_id DESC) = 1
