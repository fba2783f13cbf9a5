INSERT INTO {core} (school_code, {cols}, load_id, row_hash, deleted_at)
SELECT x.school_code, {scols}, x.load_id, s.row_hash, NULL
FROM merge_src s, load_ctx x
WHERE NOT EXISTS (SELECT 1 FROM {core} c WHERE c.school_code = x.school_code AND {keyjoin})
