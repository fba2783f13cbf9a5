-- Per course teacher: decisions recorded (by the as-of moment) outside the certification phase's window, for the
-- phase's artifacts (its semester, students of its grades at its end).
WITH pop AS ({population}),
arts AS (
    SELECT a.artifact_id, co.teacher_staff_no
    FROM course_artifact a
    JOIN pop p ON p.student_no = a.student_no
    LEFT JOIN (
        SELECT semester, course_id, teacher_staff_no FROM course
        WHERE school_code = $school AND (deleted_at IS NULL OR deleted_at > $asof)
        QUALIFY row_number() OVER (PARTITION BY semester, course_id ORDER BY load_id DESC) = 1
    ) co ON co.semester = a.semester AND co.course_id = a.course_id
    WHERE a.school_code = $school AND a.semester = $semester AND (a.deleted_at IS NULL OR a.deleted_at > $asof)
),
outside AS (
    SELECT arts.teacher_staff_no, c.decided_at
    FROM certification c JOIN arts ON arts.artifact_id = c.artifact_id
    WHERE c.school_code = $school AND c.decided_at <= $asof AND (c.deleted_at IS NULL OR c.deleted_at > $asof)
      AND (c.decided_at < $start OR c.decided_at > $end)
)
SELECT o.teacher_staff_no, any_value(s.name) AS teacher_name, count(*) AS n,
       count(*) FILTER (WHERE o.decided_at < $start) AS early, count(*) FILTER (WHERE o.decided_at > $end) AS late,
       min(o.decided_at) AS first_at, max(o.decided_at) AS last_at
FROM outside o
LEFT JOIN staff s ON s.school_code = $school AND s.staff_no = o.teacher_staff_no AND s.deleted_at IS NULL
GROUP BY o.teacher_staff_no
ORDER BY o.teacher_staff_no
