-- Per course teacher: the semester's artifacts uploaded by $asof, decided on time / late / still pending.
-- $windows = "10=2023-02-24 23:59:59;12=2023-04-10 23:59:59": the certification deadline per grade.
WITH deadline AS (
    SELECT CAST(split_part(w, '=', 1) AS INTEGER) AS grade, CAST(split_part(w, '=', 2) AS TIMESTAMP) AS ends
    FROM (SELECT unnest(string_split($windows, ';')) AS w) WHERE w <> ''
),
grade_of AS (
    SELECT student_no, grade FROM student_enrolment
    WHERE school_code = $school AND semester = $semester
    QUALIFY row_number() OVER (PARTITION BY student_no ORDER BY valid_from DESC) = 1
),
arts AS (
    SELECT a.artifact_id, a.uploaded_at, co.teacher_staff_no, d.ends
    FROM course_artifact a
    LEFT JOIN (
        SELECT semester, course_id, teacher_staff_no FROM course
        WHERE school_code = $school AND (deleted_at IS NULL OR deleted_at > $asof)
        QUALIFY row_number() OVER (PARTITION BY semester, course_id ORDER BY load_id DESC) = 1
    ) co ON co.semester = a.semester AND co.course_id = a.course_id
    LEFT JOIN grade_of g ON g.student_no = a.student_no
    LEFT JOIN deadline d ON d.grade = g.grade
    WHERE a.school_code = $school AND a.semester = $semester AND a.uploaded_at <= $asof
      AND (a.deleted_at IS NULL OR a.deleted_at > $asof)
),
decided AS (
    SELECT artifact_id, min(decided_at) AS decided_at FROM certification
    WHERE school_code = $school AND decided_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    GROUP BY artifact_id
),
per AS (
    SELECT a.teacher_staff_no,
           count(*) AS total,
           count(*) FILTER (WHERE d.decided_at IS NOT NULL AND (a.ends IS NULL OR d.decided_at <= a.ends)) AS on_time,
           count(*) FILTER (WHERE d.decided_at > a.ends) AS late,
           count(*) FILTER (WHERE d.decided_at IS NULL) AS pending,
           median(epoch(d.decided_at - a.uploaded_at) / 86400.0) AS median_days,
           max(date_diff('day', a.uploaded_at, $asof)) FILTER (WHERE d.decided_at IS NULL) AS oldest_pending_days
    FROM arts a LEFT JOIN decided d ON d.artifact_id = a.artifact_id
    GROUP BY a.teacher_staff_no
)
SELECT per.*, s.name AS teacher_name, coalesce(s.section, s.office) AS unit
FROM per
LEFT JOIN (
    SELECT staff_no, name, section, office FROM staff WHERE school_code = $school AND deleted_at IS NULL
    QUALIFY row_number() OVER (PARTITION BY staff_no ORDER BY load_id DESC) = 1
) s ON s.staff_no = per.teacher_staff_no
ORDER BY pending DESC, per.teacher_staff_no
