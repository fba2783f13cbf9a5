-- 單位登錄/提交: the unit's task is one member, done at the first submission of the category for the semester (or
-- its yearly roster) or, for tasks without a category or not exported, at the date a person attested it.
WITH sub AS (
    SELECT min(submitted_at) AS t
    FROM submission
    WHERE school_code = $school AND CAST($category AS VARCHAR) IS NOT NULL AND category = CAST($category AS VARCHAR)
      AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0') AND submitted_at <= $asof
      AND (deleted_at IS NULL OR deleted_at > $asof)
),
att AS (
    SELECT min(done_on)::TIMESTAMP AS t
    FROM metric_attestation
    WHERE school_code = $school AND phase_id = $phase_id AND attested_at <= $asof
)
SELECT $phase_id AS member_id, NULL::VARCHAR AS student_no, NULL::INTEGER AS grade, NULL::VARCHAR AS class_code,
       NULL::INTEGER AS seat_no, NULL::VARCHAR AS tutor_staff_no, NULL::VARCHAR AS teacher_staff_no,
       CASE WHEN sub.t IS NULL THEN att.t WHEN att.t IS NULL THEN sub.t ELSE least(sub.t, att.t) END AS done_at,
       (CASE WHEN sub.t IS NULL THEN 0 ELSE 1 END + CASE WHEN att.t IS NULL THEN 0 ELSE 1 END)::BIGINT AS item_count,
       NULL::VARCHAR AS detail
FROM sub, att
