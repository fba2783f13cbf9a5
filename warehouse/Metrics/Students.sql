-- One phase's student members with what the follow-up lists show about them. Names and order are added once for
-- all phases (Batch/Students.sql); national IDs are masked later in code.
WITH c AS ({classified})
SELECT c.student_no, c.grade, c.class_code, c.seat_no, c.tutor_staff_no, c.done_at, c.item_count, c.detail, c.outcome
FROM c
WHERE c.student_no IS NOT NULL
  AND (CAST($f_grade AS INTEGER) IS NULL OR c.grade = CAST($f_grade AS INTEGER))
  AND (CAST($f_class AS VARCHAR) IS NULL OR c.class_code = CAST($f_class AS VARCHAR))
  AND (CAST($f_tutor AS VARCHAR) IS NULL OR c.tutor_staff_no = CAST($f_tutor AS VARCHAR))
