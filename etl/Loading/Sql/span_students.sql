-- The students whose 編班 or 學籍異動 rows the last merge inserted or changed: their enrolment spans are rebuilt.
INSERT INTO span_student SELECT DISTINCT student_no FROM merge_src WHERE changed
