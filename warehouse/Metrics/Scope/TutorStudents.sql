-- The students in a 導師's classes on a day: only for the span the student was enrolled (在學) in that class, so a
-- student who 轉出 or 休學 leaves the 導師's scope from that date.
SELECT DISTINCT e.student_no
FROM student_enrolment e
JOIN school_class c
  ON c.school_code = e.school_code AND c.semester = e.semester AND c.class_code = e.class_code AND c.deleted_at IS NULL
WHERE e.school_code = $school AND c.tutor_staff_no = $staff_no AND e.semester = $semester AND e.status = '在學'
  AND e.valid_from <= $day AND (e.valid_to IS NULL OR e.valid_to >= $day)
