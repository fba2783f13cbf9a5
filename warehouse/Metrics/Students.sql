-- The members of each phase (phase_index) with what the follow-up lists show about them: a student for student
-- phases, an artifact (with its student, course teacher, subject and upload moment) for certification. National IDs
-- are masked later in code.
WITH c AS ({classified}),
artifact AS (
    SELECT a.artifact_id, a.uploaded_at, co.subject_name
    FROM course_artifact a
    LEFT JOIN (
        SELECT semester, course_id, subject_name FROM course
        WHERE school_code = CAST($school AS VARCHAR) AND (deleted_at IS NULL OR deleted_at > CAST($asof AS TIMESTAMP))
        QUALIFY row_number() OVER (PARTITION BY semester, course_id ORDER BY load_id DESC) = 1
    ) co ON co.semester = a.semester AND co.course_id = a.course_id
    WHERE a.school_code = CAST($school AS VARCHAR) AND (a.deleted_at IS NULL OR a.deleted_at > CAST($asof AS TIMESTAMP))
    QUALIFY row_number() OVER (PARTITION BY a.artifact_id ORDER BY a.load_id DESC) = 1
),
staff_name AS (SELECT staff_no, any_value(name) AS name FROM staff WHERE school_code = CAST($school AS VARCHAR) AND deleted_at IS NULL GROUP BY staff_no)
SELECT c.phase_index, c.student_no, st.name AS student_name, st.national_id, c.grade, c.class_code, c.seat_no,
       c.tutor_staff_no, tu.name AS tutor_name, c.done_at, c.item_count, c.detail, c.outcome,
       CASE WHEN c.phase_kind = 'Certification' THEN c.member_id END AS item_id,
       c.teacher_staff_no, te.name AS teacher_name, a.subject_name, a.uploaded_at
FROM c
LEFT JOIN (SELECT student_no, any_value(name) AS name, any_value(national_id) AS national_id
           FROM student WHERE school_code = CAST($school AS VARCHAR) AND deleted_at IS NULL GROUP BY student_no) st
       ON st.student_no = c.student_no
LEFT JOIN staff_name tu ON tu.staff_no = c.tutor_staff_no
LEFT JOIN staff_name te ON te.staff_no = c.teacher_staff_no
-- One equality (the key NULL for student phases) so the join hashes; `kind = … AND id = …` ran as a nested loop.
LEFT JOIN artifact a ON a.artifact_id = CASE WHEN c.phase_kind = 'Certification' THEN c.member_id END
WHERE c.student_no IS NOT NULL
  AND (CAST($f_grade AS INTEGER) IS NULL OR c.grade = CAST($f_grade AS INTEGER))
  AND (CAST($f_class AS VARCHAR) IS NULL OR c.class_code = CAST($f_class AS VARCHAR))
  AND (CAST($f_tutor AS VARCHAR) IS NULL OR c.tutor_staff_no = CAST($f_tutor AS VARCHAR))
  AND (CAST($f_teacher AS VARCHAR) IS NULL OR c.teacher_staff_no = CAST($f_teacher AS VARCHAR))
ORDER BY c.phase_index, c.grade, c.class_code, c.seat_no NULLS LAST, c.student_no, a.uploaded_at, item_id
