-- The kind's accepted rows (identical duplicates once), each paired ONCE with the school's core row of the same key
-- (core_id NULL = new), with the hash that tells an update from a reload. merge_counts.sql counts over this pairing,
-- and when there is something to write it is kept as merge_src, which the update, the insert and the spans read.
-- The core side is first narrowed to the keys staged (a semi join built on the few staged rows), so a small load does
-- not hash the whole core table.
SELECT s.*, c.rowid AS core_id, (c.row_hash IS DISTINCT FROM s.row_hash OR c.deleted_at IS NOT NULL) AS changed
FROM (SELECT _line, {cols}, hash({cols}) AS row_hash FROM {stg} WHERE NOT _rejected AND NOT _duplicate) s
LEFT JOIN (SELECT rowid, * FROM {core} c WHERE c.school_code = $school
           AND EXISTS (SELECT 1 FROM {stg} s WHERE {keyjoin})) c ON {keyjoin}
