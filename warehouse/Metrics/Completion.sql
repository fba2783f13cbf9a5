-- Completion counts of one phase grouped by the breakdown ($by: phase, grade, class, tutor, teacher, student).
-- Keys outside the breakdown are NULL; a class row also names its grade and 導師, a student row its class.
-- Names and order are added once for all phases (Batch/Completion.sql).
WITH c AS ({classified}),
keyed AS (
    SELECT CASE WHEN $by IN ('grade', 'class', 'student') THEN grade END AS grade,
           CASE WHEN $by IN ('class', 'student') THEN class_code END AS class_code,
           CASE WHEN $by IN ('class', 'tutor', 'student') THEN tutor_staff_no END AS tutor_staff_no,
           CASE WHEN $by = 'teacher' THEN teacher_staff_no END AS teacher_staff_no,
           CASE WHEN $by = 'student' THEN student_no END AS student_no,
           outcome
    FROM c
    WHERE (CAST($f_grade AS INTEGER) IS NULL OR grade = CAST($f_grade AS INTEGER))
      AND (CAST($f_class AS VARCHAR) IS NULL OR class_code = CAST($f_class AS VARCHAR))
      AND (CAST($f_tutor AS VARCHAR) IS NULL OR tutor_staff_no = CAST($f_tutor AS VARCHAR))
      AND (CAST($f_teacher AS VARCHAR) IS NULL OR teacher_staff_no = CAST($f_teacher AS VARCHAR))
)
SELECT grade, class_code, tutor_staff_no, teacher_staff_no, student_no,
       count(*) FILTER (WHERE outcome <> 'exempt') AS population,
       count(*) FILTER (WHERE outcome = 'complete') AS complete,
       count(*) FILTER (WHERE outcome = 'late') AS late,
       count(*) FILTER (WHERE outcome = 'missing') AS missing,
       count(*) FILTER (WHERE outcome = 'exempt') AS exempt
FROM keyed
GROUP BY ALL
