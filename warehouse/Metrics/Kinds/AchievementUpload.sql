-- 學生上傳多元表現: as for course artifacts, but per 學年 ($academic_year).
WITH pop AS ({population}),
per AS (
    SELECT student_no, count(*) AS n, list_sort(list(uploaded_at)) AS times
    FROM achievement
    WHERE school_code = $school AND academic_year = $academic_year AND uploaded_at <= $asof
      AND (deleted_at IS NULL OR deleted_at > $asof)
    GROUP BY student_no
)
SELECT p.student_no AS member_id, p.student_no, p.grade, p.class_code, p.seat_no, p.tutor_staff_no,
       NULL::VARCHAR AS teacher_staff_no,
       CASE WHEN coalesce(per.n, 0) >= $minimum THEN per.times[$minimum] END AS done_at,
       coalesce(per.n, 0) AS item_count, NULL::VARCHAR AS detail
FROM pop p LEFT JOIN per ON per.student_no = p.student_no
