SELECT yaml, source_name
FROM school_config
WHERE $code IS NULL OR school_code = $code
ORDER BY saved_at DESC
LIMIT 1;
