-- Students of the target grades enrolled at $pop_date with no counseling record of the semester known by $asof.
WITH pop AS ({population})
SELECT p.student_no, st.name AS student_name, p.class_code, p.tutor_staff_no
FROM pop p
LEFT JOIN (SELECT student_no, any_value(name) AS name FROM student WHERE school_code = $school GROUP BY student_no) st
       ON st.student_no = p.student_no
WHERE NOT EXISTS (
    SELECT 1 FROM counseling_record k
    WHERE k.school_code = $school AND k.student_no = p.student_no AND k.semester = $semester
      AND coalesce(k.entered_at, k.held_on::TIMESTAMP) <= $asof AND (k.deleted_at IS NULL OR k.deleted_at > $asof)
)
ORDER BY p.class_code, p.student_no
