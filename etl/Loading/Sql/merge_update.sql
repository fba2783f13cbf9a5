-- Rows whose attributes changed (or that come back after being marked deleted), found by the pairing.
UPDATE {core} AS c SET {set}, load_id = $load, row_hash = s.row_hash, deleted_at = NULL
FROM merge_src s
WHERE c.rowid = s.core_id AND s.changed
