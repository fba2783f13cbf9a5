-- Rows whose key the school's core table does not hold yet, found by the pairing.
INSERT INTO {core} (school_code, {cols}, load_id, row_hash, deleted_at)
SELECT $school, {scols}, $load, s.row_hash, NULL
FROM merge_src s
WHERE s.core_id IS NULL
