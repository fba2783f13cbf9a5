-- The artifacts behind a teacher's 待認證 count: uploaded in the semester by the as-of moment to one of the
-- teacher's courses, with no decision by then (the same rule as warehouse/Metrics/TeacherCertifications.sql).
WITH co AS (
    SELECT semester, course_id, subject_name, teacher_staff_no FROM course
    WHERE school_code = $school AND (deleted_at IS NULL OR deleted_at > $asof)
    QUALIFY row_number() OVER (PARTITION BY semester, course_id ORDER BY load_id DESC) = 1
),
decided AS (
    SELECT DISTINCT artifact_id FROM certification
    WHERE school_code = $school AND decided_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
),
enrol AS (
    SELECT student_no, class_code, seat_no FROM student_enrolment
    WHERE school_code = $school AND semester = $semester
    QUALIFY row_number() OVER (PARTITION BY student_no ORDER BY valid_from DESC) = 1
)
SELECT a.student_no, s.name, s.national_id, e.class_code, e.seat_no, co.subject_name, a.uploaded_at,
       date_diff('day', a.uploaded_at, $asof) AS waiting_days
FROM course_artifact a
JOIN co ON co.semester = a.semester AND co.course_id = a.course_id
LEFT JOIN student s ON s.school_code = a.school_code AND s.student_no = a.student_no AND s.deleted_at IS NULL
LEFT JOIN enrol e ON e.student_no = a.student_no
WHERE a.school_code = $school AND a.semester = $semester AND a.uploaded_at <= $asof
  AND (a.deleted_at IS NULL OR a.deleted_at > $asof)
  AND co.teacher_staff_no = $teacher
  AND a.artifact_id NOT IN (SELECT artifact_id FROM decided)
ORDER BY a.uploaded_at, a.student_no
