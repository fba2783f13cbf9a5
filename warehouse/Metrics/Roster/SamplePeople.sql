-- The demo's sample people: the tutor of the lowest class of the latest semester, and the course teacher with the
-- most artifacts to certify, so the 導師 and 任課教師 views have something to show.
(SELECT 'Tutor' AS role, c.tutor_staff_no AS staff_no, s.name
 FROM school_class c JOIN staff s ON s.school_code = c.school_code AND s.staff_no = c.tutor_staff_no
 WHERE c.school_code = $school AND c.deleted_at IS NULL AND s.deleted_at IS NULL
 ORDER BY c.semester DESC, c.class_code LIMIT 1)
UNION ALL
(SELECT 'Teacher', co.teacher_staff_no, s.name
 FROM course_artifact a
 JOIN course co ON co.school_code = a.school_code AND co.semester = a.semester AND co.course_id = a.course_id
 JOIN staff s ON s.school_code = co.school_code AND s.staff_no = co.teacher_staff_no
 WHERE a.school_code = $school AND a.deleted_at IS NULL AND co.deleted_at IS NULL
 GROUP BY co.teacher_staff_no, s.name ORDER BY count(*) DESC, co.teacher_staff_no LIMIT 1);
