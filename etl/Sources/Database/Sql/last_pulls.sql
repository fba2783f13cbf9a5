-- Per kind, the newest committed pull from this source: its watermarks, and when the kind was last pulled in full.
SELECT kind,
       arg_max(watermark_column, load_id) AS watermark_column,
       arg_max(watermark_type, load_id)   AS watermark_type,
       arg_max(watermark_to, load_id)     AS watermark_to,
       arg_max(resume_after, load_id)     AS resume_after,
       max(pulled_at) FILTER (WHERE mode = 'full') AS last_full
FROM etl_pull
WHERE school_code = $school AND source = $source
GROUP BY kind
