-- Which classes each 導師 leads in a semester (the completion breakdown by tutor carries no class).
SELECT tutor_staff_no, class_code
FROM school_class
WHERE school_code = $school AND semester = $semester AND deleted_at IS NULL AND tutor_staff_no IS NOT NULL
ORDER BY class_code;
