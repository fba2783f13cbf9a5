-- The classes a 導師 leads in the semester.
SELECT DISTINCT class_code
FROM school_class
WHERE school_code = $school AND tutor_staff_no = $staff_no AND semester = $semester AND deleted_at IS NULL
