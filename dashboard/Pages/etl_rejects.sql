SELECT kind, file_name, line, column_name, reason, raw
FROM etl_reject
WHERE load_id = $load_id AND reason_code = $reason_code
ORDER BY file_name, line
LIMIT 500
