-- Completion counts per phase (phase_index) grouped by the breakdown ($by: phase, grade, class, tutor, teacher,
-- student). Keys outside the breakdown are NULL; a class row also names its grade and 導師, a student row its class.
-- The phases may be many schools' (the roll-up): names are looked up in each row's own school.
WITH c AS ({classified}),
keyed AS (
    SELECT phase_index, school_code,
           CASE WHEN CAST($by AS VARCHAR) IN ('grade', 'class', 'student') THEN grade END AS grade,
           CASE WHEN CAST($by AS VARCHAR) IN ('class', 'student') THEN class_code END AS class_code,
           CASE WHEN CAST($by AS VARCHAR) IN ('class', 'tutor', 'student') THEN tutor_staff_no END AS tutor_staff_no,
           CASE WHEN CAST($by AS VARCHAR) = 'teacher' THEN teacher_staff_no END AS teacher_staff_no,
           CASE WHEN CAST($by AS VARCHAR) = 'student' THEN student_no END AS student_no,
           outcome
    FROM c
    WHERE (CAST($f_grade AS INTEGER) IS NULL OR grade = CAST($f_grade AS INTEGER))
      AND (CAST($f_class AS VARCHAR) IS NULL OR class_code = CAST($f_class AS VARCHAR))
      AND (CAST($f_tutor AS VARCHAR) IS NULL OR tutor_staff_no = CAST($f_tutor AS VARCHAR))
      AND (CAST($f_teacher AS VARCHAR) IS NULL OR teacher_staff_no = CAST($f_teacher AS VARCHAR))
),
grouped AS (
    SELECT phase_index, school_code, grade, class_code, tutor_staff_no, teacher_staff_no, student_no,
           count(*) FILTER (WHERE outcome <> 'exempt') AS population,
           count(*) FILTER (WHERE outcome = 'complete') AS complete,
           count(*) FILTER (WHERE outcome = 'late') AS late,
           count(*) FILTER (WHERE outcome = 'missing') AS missing,
           count(*) FILTER (WHERE outcome = 'exempt') AS exempt
    FROM keyed
    GROUP BY ALL
)
SELECT g.phase_index, g.grade, g.class_code, g.tutor_staff_no, tu.name AS tutor_name, g.teacher_staff_no,
       te.name AS teacher_name, g.student_no, st.name AS student_name, g.population, g.complete, g.late, g.missing, g.exempt
FROM grouped g
LEFT JOIN (SELECT school_code, staff_no, any_value(name) AS name FROM staff
           WHERE school_code IN (SELECT school_code FROM grouped) AND deleted_at IS NULL GROUP BY ALL) tu
       ON tu.school_code = g.school_code AND tu.staff_no = g.tutor_staff_no
LEFT JOIN (SELECT school_code, staff_no, any_value(name) AS name FROM staff
           WHERE school_code IN (SELECT school_code FROM grouped) AND deleted_at IS NULL GROUP BY ALL) te
       ON te.school_code = g.school_code AND te.staff_no = g.teacher_staff_no
LEFT JOIN (SELECT school_code, student_no, any_value(name) AS name FROM student
           WHERE school_code IN (SELECT school_code FROM grouped) AND deleted_at IS NULL GROUP BY ALL) st
       ON st.school_code = g.school_code AND st.student_no = g.student_no
ORDER BY g.phase_index, g.grade NULLS FIRST, g.class_code NULLS FIRST, g.tutor_staff_no NULLS FIRST,
         g.teacher_staff_no NULLS FIRST, g.student_no NULLS FIRST
