-- The classes a 導師 leads in the semester (unused parameters keep one parameter list for all scope queries).
SELECT DISTINCT class_code
FROM school_class
WHERE tutor_staff_no = $staff_no AND semester = $semester AND deleted_at IS NULL
  AND $day IS NOT NULL
