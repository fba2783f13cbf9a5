-- Completion.sql for several phases in one statement (one round trip and one plan instead of one per phase): the
-- branches are one `SELECT <phase_index> AS phase_index, *` per phase, joined by UNION ALL. Names are joined once.
WITH grouped AS ({branches})
SELECT g.phase_index, g.grade, g.class_code, g.tutor_staff_no, tu.name AS tutor_name, g.teacher_staff_no,
       te.name AS teacher_name, g.student_no, st.name AS student_name, g.population, g.complete, g.late, g.missing, g.exempt
FROM grouped g
LEFT JOIN (SELECT staff_no, any_value(name) AS name FROM staff WHERE school_code = $school AND deleted_at IS NULL GROUP BY staff_no) tu
       ON tu.staff_no = g.tutor_staff_no
LEFT JOIN (SELECT staff_no, any_value(name) AS name FROM staff WHERE school_code = $school AND deleted_at IS NULL GROUP BY staff_no) te
       ON te.staff_no = g.teacher_staff_no
LEFT JOIN (SELECT student_no, any_value(name) AS name FROM student WHERE school_code = $school AND deleted_at IS NULL GROUP BY student_no) st
       ON st.student_no = g.student_no
ORDER BY g.phase_index, g.grade NULLS FIRST, g.class_code NULLS FIRST, g.tutor_staff_no NULLS FIRST,
         g.teacher_staff_no NULLS FIRST, g.student_no NULLS FIRST
