-- Receipts whose reported error is still open at the as-of moment, for the semester (or its yearly roster) and
-- category ($category NULL = any).
SELECT r.receipt_id, r.student_no, st.name AS student_name, cc.class_code, r.category, r.error_text, r.error_reported_at
FROM receipt r
LEFT JOIN (SELECT student_no, any_value(name) AS name FROM student WHERE school_code = $school GROUP BY student_no) st
       ON st.student_no = r.student_no
LEFT JOIN ({current_class}) cc ON cc.student_no = r.student_no
WHERE r.school_code = $school AND r.semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0')
  AND (CAST($category AS VARCHAR) IS NULL OR r.category = CAST($category AS VARCHAR))
  AND r.error_reported_at <= $asof AND (r.resolved_at IS NULL OR r.resolved_at > $asof)
  AND (r.deleted_at IS NULL OR r.deleted_at > $asof)
ORDER BY cc.class_code, r.student_no, r.receipt_id
