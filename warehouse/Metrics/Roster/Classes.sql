-- The semester's classes with their grade and 導師 (the completion breakdowns by tutor carry no class).
SELECT class_code, grade, tutor_staff_no
FROM school_class
WHERE school_code = $school AND semester = $semester AND deleted_at IS NULL
ORDER BY class_code;
