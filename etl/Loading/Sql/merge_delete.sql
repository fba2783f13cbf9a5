-- FULL exports only: a row the snapshot no longer has is marked deleted (kept, never silently).
-- Rejected rows still name their key, so a row rejected this time is not taken for deleted.
UPDATE {core} AS c SET deleted_at = $exported, load_id = $load
WHERE c.school_code = $school AND c.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM {stg} s WHERE {keyjoin})
