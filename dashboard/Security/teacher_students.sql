-- The students whose artifacts a 任課教師 certifies in the semester (their own backlog only).
SELECT DISTINCT a.student_no
FROM course_artifact a
JOIN course c
  ON c.school_code = a.school_code AND c.semester = a.semester AND c.course_id = a.course_id AND c.deleted_at IS NULL
WHERE c.teacher_staff_no = $staff_no AND a.semester = $semester AND a.deleted_at IS NULL
  AND $day IS NOT NULL
