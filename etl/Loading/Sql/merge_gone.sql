-- FULL exports only: the live rows the snapshot no longer has (counted by the mass-deletion guard before any delete).
-- Rejected rows still name their key, so a row rejected this time is not taken for deleted.
CREATE OR REPLACE TEMP TABLE merge_gone AS
SELECT c.rowid AS id FROM {core} c
WHERE c.school_code = $school AND c.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM {stg} s WHERE {keyjoin})
