-- FULL exports only: a row the snapshot no longer has (merge_gone.sql) is marked deleted (kept, never silently).
UPDATE {core} SET deleted_at = $exported, load_id = $load
WHERE rowid IN (SELECT id FROM merge_gone)
