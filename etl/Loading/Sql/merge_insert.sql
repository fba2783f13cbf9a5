INSERT INTO {core} (school_code, {cols}, load_id, row_hash, deleted_at)
SELECT $school, {scols}, $load, s.row_hash, NULL
FROM merge_src s
WHERE NOT EXISTS (SELECT 1 FROM {core} c WHERE c.school_code = $school AND {keyjoin})
