-- Students who uploaded more artifacts for one subject in the semester than the school's per-subject cap.
SELECT a.student_no, st.name AS student_name, cc.class_code, co.subject_name, count(*) AS n
FROM course_artifact a
JOIN (
    SELECT semester, course_id, subject_name FROM course
    WHERE school_code = $school AND (deleted_at IS NULL OR deleted_at > $asof)
    QUALIFY row_number() OVER (PARTITION BY semester, course_id ORDER BY load_id DESC) = 1
) co ON co.semester = a.semester AND co.course_id = a.course_id
LEFT JOIN (SELECT student_no, any_value(name) AS name FROM student WHERE school_code = $school GROUP BY student_no) st
       ON st.student_no = a.student_no
LEFT JOIN ({current_class}) cc ON cc.student_no = a.student_no
WHERE a.school_code = $school AND a.semester = $semester AND a.uploaded_at <= $asof
  AND (a.deleted_at IS NULL OR a.deleted_at > $asof)
GROUP BY a.student_no, st.name, cc.class_code, co.subject_name
HAVING count(*) > $cap_subject
ORDER BY cc.class_code, a.student_no, co.subject_name
