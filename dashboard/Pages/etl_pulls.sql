-- The database pull of one load: per kind, full or incremental, and its watermarks.
SELECT kind, mode, watermark_column, coalesce(watermark_from, ''), coalesce(watermark_to, ''), coalesce(resume_after, ''), rows_read
FROM etl_pull
WHERE load_id = $load_id
ORDER BY kind
