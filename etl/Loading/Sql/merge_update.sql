-- Rows whose attributes changed (or that come back after being marked deleted).
UPDATE {core} AS c SET {set}, load_id = $load, row_hash = s.row_hash, deleted_at = NULL
FROM merge_src s
WHERE c.school_code = $school AND {keyjoin}
  AND (c.row_hash IS DISTINCT FROM s.row_hash OR c.deleted_at IS NOT NULL)
