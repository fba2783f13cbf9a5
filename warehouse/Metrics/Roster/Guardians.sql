-- 家長/監護人 names for the parent letters (the letters address them by name when the export carries it).
SELECT student_no, guardian_name
FROM student
WHERE school_code = $school AND deleted_at IS NULL AND guardian_name IS NOT NULL AND guardian_name <> '';
