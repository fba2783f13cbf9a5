-- One phase's population members, each with an outcome as of $asof:
--   exempt   a 免除 recorded by then (the member leaves the population)
--   complete done by the deadline ($end)
--   late     done after the deadline but by $asof
--   missing  not done by $asof
-- Once the deadline has passed and a snapshot was frozen for it, the population and the on-time completions are
-- the snapshot's: a later catch-up can only be late, and later data corrections never rewrite the deadline.
WITH live AS ({members}),
frozen AS (
    SELECT * FROM metric_snapshot
    WHERE school_code = $school AND phase_id = $phase_id AND deadline = $end AND $asof >= $end
),
base AS (
    SELECT member_id, student_no, grade, class_code, seat_no, tutor_staff_no, teacher_staff_no, done_at, item_count, detail,
           false AS after_freeze
    FROM live
    WHERE NOT EXISTS (SELECT 1 FROM frozen)
    UNION ALL
    -- A member not done in the snapshot can only be late, even if data loaded later shows an earlier moment.
    SELECT f.member_id, f.student_no, f.grade, f.class_code, f.seat_no, f.tutor_staff_no, f.teacher_staff_no,
           CASE WHEN f.done_at <= $end THEN f.done_at ELSE l.done_at END,
           CASE WHEN f.done_at <= $end THEN f.item_count ELSE coalesce(l.item_count, f.item_count) END,
           CASE WHEN f.done_at <= $end THEN f.detail ELSE l.detail END,
           NOT coalesce(f.done_at <= $end, false)
    FROM frozen f LEFT JOIN live l ON l.member_id = f.member_id
),
exempted AS (
    SELECT DISTINCT student_no FROM metric_exemption
    WHERE school_code = $school AND (phase_id IS NULL OR phase_id = $phase_id) AND recorded_at <= $asof
)
SELECT b.* EXCLUDE (after_freeze),
       CASE WHEN x.student_no IS NOT NULL THEN 'exempt'
            WHEN b.done_at <= $end AND NOT b.after_freeze THEN 'complete'
            WHEN b.done_at <= $asof THEN 'late'
            ELSE 'missing' END AS outcome
FROM base b LEFT JOIN exempted x ON x.student_no = b.student_no
