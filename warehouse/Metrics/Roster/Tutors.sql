-- Every 導師 of the semester, with the e-mail address from the staff export.
SELECT DISTINCT c.tutor_staff_no, s.name, s.email
FROM school_class c
LEFT JOIN staff s ON s.school_code = c.school_code AND s.staff_no = c.tutor_staff_no AND s.deleted_at IS NULL
WHERE c.school_code = $school AND c.semester = $semester AND c.deleted_at IS NULL AND c.tutor_staff_no IS NOT NULL
ORDER BY c.tutor_staff_no
