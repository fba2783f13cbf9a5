-- The demo's sample 任課教師: the teacher with the most artifacts uploaded to their courses in the semester.
SELECT c.teacher_staff_no FROM course c
JOIN course_artifact a ON a.school_code = c.school_code AND a.semester = c.semester AND a.course_id = c.course_id
WHERE c.semester = $semester AND c.deleted_at IS NULL AND c.teacher_staff_no IS NOT NULL
GROUP BY c.teacher_staff_no ORDER BY count(*) DESC, c.teacher_staff_no LIMIT 1
