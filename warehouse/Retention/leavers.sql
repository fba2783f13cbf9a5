-- Students whose current 學籍狀態 is a leaving one and whose last leaving change is before the cutoff.
SELECT s.student_no, max(e.change_date) AS left_on, arg_max(e.change_type, e.change_date) AS leave_type,
       any_value(s.national_id) AS national_id
FROM student s
JOIN enrolment_change e
  ON e.school_code = s.school_code AND e.student_no = s.student_no AND e.deleted_at IS NULL
 AND e.change_type IN ('轉出', '畢業', '離校')
WHERE s.school_code = $school_code AND s.status IN ('轉出', '畢業', '離校')
GROUP BY s.student_no
HAVING max(e.change_date) < $cutoff::DATE
ORDER BY s.student_no
