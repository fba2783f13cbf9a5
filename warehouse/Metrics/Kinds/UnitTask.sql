-- 單位登錄/提交: the unit's task is one member, done at the first moment its evidence ($evidence, the school file's
-- `evidence`) shows it:
--   submission   the category's 提交 for the semester (or its yearly roster) made from the window's start (an earlier
--                one belongs to an earlier round, e.g. the 開課預檢 before the real 修課紀錄 submission);
--   entry        幹部經歷: 訓育組's cadre-role entries; 收訖明細: receipts issued; 收訖明細錯誤: every error reported
--                from the window's start resolved, at the last resolution (open while any is unresolved; with none
--                reported, done once the round's receipts exist);
--   attestation  only a person's attestation.
-- An attestation (行政檢核 page) counts whatever the evidence: done on the date the person attested.
WITH cat AS (SELECT CAST($category AS VARCHAR) AS category, CAST($evidence AS VARCHAR) AS evidence),
errors AS (
    SELECT count(*) AS reported,
           count(*) FILTER (WHERE resolved_at IS NULL OR resolved_at > $asof) AS open,
           max(greatest(error_reported_at, resolved_at)) AS last_resolved
    FROM receipt, cat
    WHERE cat.evidence = 'entry' AND cat.category = '收訖明細錯誤' AND school_code = $school
      AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0')
      AND error_reported_at >= $start AND error_reported_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
),
round AS (
    SELECT min(issued_at) AS first_issued
    FROM receipt, cat
    WHERE cat.evidence = 'entry' AND cat.category = '收訖明細錯誤' AND school_code = $school
      AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0')
      AND issued_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
),
done AS (
    SELECT submitted_at AS t FROM submission, cat
    WHERE cat.evidence = 'submission' AND school_code = $school AND submission.category = cat.category
      AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0')
      AND submitted_at >= $start AND submitted_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    UNION ALL
    SELECT entered_at FROM cadre_role, cat
    WHERE cat.evidence = 'entry' AND cat.category = '幹部經歷' AND school_code = $school AND semester = $semester
      AND entered_at >= $start AND entered_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    UNION ALL
    SELECT issued_at FROM receipt, cat
    WHERE cat.evidence = 'entry' AND cat.category = '收訖明細' AND school_code = $school
      AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0')
      AND issued_at >= $start AND issued_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    UNION ALL
    SELECT CASE WHEN errors.reported = 0 THEN greatest(CAST($start AS TIMESTAMP), round.first_issued) ELSE errors.last_resolved END
    FROM errors, round
    WHERE errors.open = 0 AND (errors.reported > 0 OR round.first_issued IS NOT NULL)
    UNION ALL
    SELECT done_on::TIMESTAMP FROM metric_attestation
    WHERE school_code = $school AND phase_id = $phase_id AND attested_at <= $asof
)
SELECT $phase_id AS member_id, NULL::VARCHAR AS student_no, NULL::INTEGER AS grade, NULL::VARCHAR AS class_code,
       NULL::INTEGER AS seat_no, NULL::VARCHAR AS tutor_staff_no, NULL::VARCHAR AS teacher_staff_no,
       min(t) AS done_at, count(t) AS item_count, NULL::VARCHAR AS detail
FROM done
