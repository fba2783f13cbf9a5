-- The kind's accepted rows (identical duplicates once), with the hash that tells an update from a reload.
CREATE OR REPLACE TEMP TABLE merge_src AS
SELECT {cols}, hash({cols}) AS row_hash FROM {stg} WHERE NOT _rejected AND NOT _duplicate
