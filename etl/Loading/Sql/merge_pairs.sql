-- The pairing kept for the statements that write (merge_update.sql, merge_insert.sql, span_students.sql).
CREATE OR REPLACE TEMP TABLE merge_src AS
{pairing}
