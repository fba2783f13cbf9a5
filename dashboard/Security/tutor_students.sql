-- The students in a 導師's classes on the as-of day: only for the span the student was in that class.
SELECT DISTINCT e.student_no
FROM student_enrolment e
JOIN school_class c
  ON c.school_code = e.school_code AND c.semester = e.semester AND c.class_code = e.class_code AND c.deleted_at IS NULL
WHERE c.tutor_staff_no = $staff_no AND e.semester = $semester
  AND e.valid_from <= $day::DATE AND (e.valid_to IS NULL OR e.valid_to >= $day::DATE)
