-- Students with at least one course artifact of the 學年 certified 通過 by the as-of moment.
SELECT DISTINCT a.student_no
FROM course_artifact a
JOIN certification c ON c.school_code = a.school_code AND c.artifact_id = a.artifact_id
WHERE a.school_code = $school
  AND a.semester IN (CAST($academic_year AS VARCHAR) || '-1', CAST($academic_year AS VARCHAR) || '-2')
  AND c.result = '通過' AND c.decided_at <= $asof
  AND (a.deleted_at IS NULL OR a.deleted_at > $asof) AND (c.deleted_at IS NULL OR c.deleted_at > $asof)
