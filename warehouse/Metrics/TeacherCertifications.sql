-- Per certification phase (phase_index) and course teacher: the same members and outcomes as Completion.sql by
-- teacher (artifacts to certify), plus days from upload to decision (median) and the oldest wait still open.
WITH c AS ({classified}),
uploaded AS (
    SELECT artifact_id, uploaded_at FROM course_artifact
    WHERE school_code = CAST($school AS VARCHAR) AND (deleted_at IS NULL OR deleted_at > CAST($asof AS TIMESTAMP))
    QUALIFY row_number() OVER (PARTITION BY artifact_id ORDER BY load_id DESC) = 1
),
per AS (
    SELECT c.phase_index, c.teacher_staff_no,
           count(*) FILTER (WHERE c.outcome <> 'exempt') AS population,
           count(*) FILTER (WHERE c.outcome = 'complete') AS complete,
           count(*) FILTER (WHERE c.outcome = 'late') AS late,
           count(*) FILTER (WHERE c.outcome = 'missing') AS missing,
           count(*) FILTER (WHERE c.outcome = 'exempt') AS exempt,
           median(epoch(c.done_at - u.uploaded_at) / 86400.0) FILTER (WHERE c.outcome IN ('complete', 'late')) AS median_days,
           max(date_diff('day', u.uploaded_at, CAST($asof AS TIMESTAMP))) FILTER (WHERE c.outcome = 'missing') AS oldest_pending_days
    FROM c LEFT JOIN uploaded u ON u.artifact_id = c.member_id
    WHERE (CAST($f_teacher AS VARCHAR) IS NULL OR c.teacher_staff_no = CAST($f_teacher AS VARCHAR))
    GROUP BY c.phase_index, c.teacher_staff_no
)
SELECT per.*, s.name AS teacher_name, coalesce(s.section, s.office) AS unit
FROM per
LEFT JOIN (
    SELECT staff_no, name, section, office FROM staff WHERE school_code = CAST($school AS VARCHAR) AND deleted_at IS NULL
    QUALIFY row_number() OVER (PARTITION BY staff_no ORDER BY load_id DESC) = 1
) s ON s.staff_no = per.teacher_staff_no
ORDER BY per.phase_index, per.missing DESC, per.teacher_staff_no NULLS LAST
