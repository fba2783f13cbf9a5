-- The demo's sample 導師: the tutor of the semester's first class.
SELECT tutor_staff_no FROM school_class
WHERE semester = $semester AND deleted_at IS NULL AND tutor_staff_no IS NOT NULL
ORDER BY class_code LIMIT 1
