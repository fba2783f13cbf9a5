-- Each 課程諮詢教師's records for one semester as of a moment; on time = entered by the counseling deadline.
SELECT r.counselor_staff_no,
       coalesce(any_value(s.name), r.counselor_staff_no) AS name,
       count(*) AS records,
       count(DISTINCT r.student_no) AS students,
       count(*) FILTER (WHERE coalesce(r.entered_at, r.held_on::TIMESTAMP) <= $deadline) AS on_time
FROM counseling_record r
LEFT JOIN staff s
       ON s.school_code = r.school_code AND s.staff_no = r.counselor_staff_no AND s.deleted_at IS NULL
WHERE r.school_code = $school
  AND r.semester = $semester
  AND r.deleted_at IS NULL
  AND coalesce(r.entered_at, r.held_on::TIMESTAMP) <= $as_of
GROUP BY r.counselor_staff_no
ORDER BY r.counselor_staff_no;
