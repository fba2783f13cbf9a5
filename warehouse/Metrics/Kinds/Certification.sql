-- 教師認證: the members are the semester's artifacts uploaded by the upload phase's end ($upload_end) by students of
-- the target grades, each under its course's teacher; one is done at its first decision (通過 or 未通過), whoever
-- recorded it (a deputy acts on the course teacher's behalf).
WITH pop AS ({population}),
arts AS (
    SELECT a.artifact_id, a.student_no, co.teacher_staff_no
    FROM course_artifact a
    LEFT JOIN (
        SELECT semester, course_id, teacher_staff_no
        FROM course
        WHERE school_code = $school AND (deleted_at IS NULL OR deleted_at > $asof)
        QUALIFY row_number() OVER (PARTITION BY semester, course_id ORDER BY load_id DESC) = 1
    ) co ON co.semester = a.semester AND co.course_id = a.course_id
    WHERE a.school_code = $school AND a.semester = $semester AND a.uploaded_at <= least($asof, $upload_end)
      AND (a.deleted_at IS NULL OR a.deleted_at > $asof)
),
decided AS (
    SELECT artifact_id, min(decided_at) AS decided_at
    FROM certification
    WHERE school_code = $school AND decided_at <= $asof AND result IN ('通過', '未通過')
      AND (deleted_at IS NULL OR deleted_at > $asof)
    GROUP BY artifact_id
)
SELECT a.artifact_id AS member_id, a.student_no, p.grade, p.class_code, p.seat_no, p.tutor_staff_no,
       a.teacher_staff_no, d.decided_at AS done_at, 1::BIGINT AS item_count, NULL::VARCHAR AS detail
FROM arts a
JOIN pop p ON p.student_no = a.student_no
LEFT JOIN decided d ON d.artifact_id = a.artifact_id
