-- 課程諮詢: done at the first counseling record of the semester known by the as-of moment (entered, or held when
-- the entry time is not exported).
WITH pop AS ({population}),
per AS (
    SELECT student_no, count(*) AS n, min(coalesce(entered_at, held_on::TIMESTAMP)) AS first_at
    FROM counseling_record
    WHERE school_code = $school AND semester = $semester
      AND coalesce(entered_at, held_on::TIMESTAMP) <= $asof
      AND (deleted_at IS NULL OR deleted_at > $asof)
    GROUP BY student_no
)
SELECT p.student_no AS member_id, p.student_no, p.grade, p.class_code, p.seat_no, p.tutor_staff_no,
       NULL::VARCHAR AS teacher_staff_no, per.first_at AS done_at, coalesce(per.n, 0) AS item_count,
       NULL::VARCHAR AS detail
FROM pop p LEFT JOIN per ON per.student_no = p.student_no
