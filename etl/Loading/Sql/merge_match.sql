-- The kind's accepted rows (identical duplicates once), each paired ONCE with the school's core row of the same key
-- (core_id NULL = new), with the hash that tells an update from a reload. merge_counts.sql counts over this pairing,
-- and when there is something to write it is kept as merge_src, which the update, the insert and the spans read.
SELECT s.*, c.rowid AS core_id, (c.row_hash IS DISTINCT FROM s.row_hash OR c.deleted_at IS NOT NULL) AS changed
FROM (SELECT _line, {cols}, hash({cols}) AS row_hash FROM {stg} WHERE NOT _rejected AND NOT _duplicate) s
LEFT JOIN (SELECT rowid, * FROM {core} WHERE school_code = $school) c ON {keyjoin}
