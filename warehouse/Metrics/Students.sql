-- The student members of each phase (phase_index) with what the follow-up lists show about them (national IDs are
-- masked later in code).
WITH c AS ({classified})
SELECT c.phase_index, c.student_no, st.name AS student_name, st.national_id, c.grade, c.class_code, c.seat_no,
       c.tutor_staff_no, tu.name AS tutor_name, c.done_at, c.item_count, c.detail, c.outcome
FROM c
LEFT JOIN (SELECT student_no, any_value(name) AS name, any_value(national_id) AS national_id
           FROM student WHERE school_code = $school AND deleted_at IS NULL GROUP BY student_no) st
       ON st.student_no = c.student_no
LEFT JOIN (SELECT staff_no, any_value(name) AS name FROM staff WHERE school_code = $school AND deleted_at IS NULL GROUP BY staff_no) tu
       ON tu.staff_no = c.tutor_staff_no
WHERE c.student_no IS NOT NULL
  AND (CAST($f_grade AS INTEGER) IS NULL OR c.grade = CAST($f_grade AS INTEGER))
  AND (CAST($f_class AS VARCHAR) IS NULL OR c.class_code = CAST($f_class AS VARCHAR))
  AND (CAST($f_tutor AS VARCHAR) IS NULL OR c.tutor_staff_no = CAST($f_tutor AS VARCHAR))
ORDER BY c.phase_index, c.grade, c.class_code, c.seat_no NULLS LAST, c.student_no
