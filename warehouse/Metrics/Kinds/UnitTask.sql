-- 單位登錄/提交: the unit's task is one member, done at the first submission or entry of its category for the semester
-- (or its yearly roster) made from the window's start (an earlier one belongs to an earlier round, e.g. the 開課預檢
-- before the real 修課紀錄 submission). Entries: 幹部經歷 = 訓育組's cadre-role entries, 收訖明細 = receipts issued.
-- A task without a category, or not in the exports, is done on the date a person attested it.
WITH cat AS (SELECT CAST($category AS VARCHAR) AS category),
done AS (
    SELECT submitted_at AS t FROM submission, cat
    WHERE school_code = $school AND submission.category = cat.category
      AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0')
      AND submitted_at >= $start AND submitted_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    UNION ALL
    SELECT entered_at FROM cadre_role, cat
    WHERE cat.category = '幹部經歷' AND school_code = $school AND semester = $semester
      AND entered_at >= $start AND entered_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    UNION ALL
    SELECT issued_at FROM receipt, cat
    WHERE cat.category = '收訖明細' AND school_code = $school
      AND semester IN ($semester, CAST($academic_year AS VARCHAR) || '-0')
      AND issued_at >= $start AND issued_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    UNION ALL
    SELECT done_on::TIMESTAMP FROM metric_attestation
    WHERE school_code = $school AND phase_id = $phase_id AND attested_at <= $asof
)
SELECT $phase_id AS member_id, NULL::VARCHAR AS student_no, NULL::INTEGER AS grade, NULL::VARCHAR AS class_code,
       NULL::INTEGER AS seat_no, NULL::VARCHAR AS tutor_staff_no, NULL::VARCHAR AS teacher_staff_no,
       min(t) AS done_at, count(t) AS item_count, NULL::VARCHAR AS detail
FROM done
