-- Completions per phase (phase_index) and day: the classified members done on time or late, by the day they were
-- done, filtered like Completion.sql. ProgressSeries accumulates them into the lines of the progress charts.
WITH c AS ({classified})
SELECT phase_index, CAST(done_at AS DATE) AS day,
       count(*) FILTER (WHERE outcome = 'complete') AS complete,
       count(*) FILTER (WHERE outcome = 'late') AS late
FROM c
WHERE outcome IN ('complete', 'late')
  AND (CAST($f_grade AS INTEGER) IS NULL OR grade = CAST($f_grade AS INTEGER))
  AND (CAST($f_class AS VARCHAR) IS NULL OR class_code = CAST($f_class AS VARCHAR))
  AND (CAST($f_tutor AS VARCHAR) IS NULL OR tutor_staff_no = CAST($f_tutor AS VARCHAR))
  AND (CAST($f_teacher AS VARCHAR) IS NULL OR teacher_staff_no = CAST($f_teacher AS VARCHAR))
GROUP BY ALL
ORDER BY phase_index, day
