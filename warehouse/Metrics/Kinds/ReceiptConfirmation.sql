-- 收訖明細確認: the members are the target students with a receipt for the semester (or its yearly roster, 學期 0)
-- issued by the as-of moment. A receipt is done when confirmed; a reported error stays open until 註冊組 resolves
-- it, and the receipt is done at the resolution. A student is done when all their receipts are.
WITH pop AS ({population}),
r AS (
    SELECT student_no,
           CASE WHEN error_reported_at IS NOT NULL AND error_reported_at <= $asof
                THEN CASE WHEN resolved_at <= $asof THEN greatest(error_reported_at, resolved_at) END
                ELSE CASE WHEN confirmed_at <= $asof THEN confirmed_at END
           END AS done_at,
           coalesce(error_reported_at <= $asof AND (resolved_at IS NULL OR resolved_at > $asof), false) AS open_error
    FROM receipt
    WHERE school_code = $school AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0') AND issued_at <= $asof
      AND (CAST($category AS VARCHAR) IS NULL OR category = CAST($category AS VARCHAR))
      AND (deleted_at IS NULL OR deleted_at > $asof)
),
per AS (
    SELECT student_no, count(*) AS n, bool_or(open_error) AS open_error,
           CASE WHEN bool_and(done_at IS NOT NULL) THEN max(done_at) END AS done_at
    FROM r GROUP BY student_no
)
SELECT p.student_no AS member_id, p.student_no, p.grade, p.class_code, p.seat_no, p.tutor_staff_no,
       NULL::VARCHAR AS teacher_staff_no, per.done_at, per.n AS item_count,
       CASE WHEN per.open_error THEN 'open_error' END AS detail
FROM per JOIN pop p ON p.student_no = per.student_no
