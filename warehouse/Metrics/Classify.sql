-- The population members of a query's phases, each with an outcome as of $asof:
--   exempt   a 免除 recorded by then (the member leaves the population)
--   complete done by the deadline (the phase's end)
--   late     done after the deadline but by $asof
--   missing  not done by $asof
-- Once the deadline has passed and a snapshot was frozen for it, the population and the on-time completions are
-- the snapshot's: a later catch-up can only be late, and later data corrections never rewrite the deadline.
-- Each row carries its phase's kind (phase_kind: Certification members are artifacts, not students).
-- All phases are classified in one pass (DuckDB spends most of a metric query planning it): the phase list holds
-- each phase's deadline (Batch/_phase.sql), the members each phase's Kinds/*.sql tagged with its phase_index.
WITH phase AS (
    SELECT * FROM (VALUES {phases}) p(phase_index, phase_id, deadline, kind)
),
live AS ({members}),
frozen AS (
    SELECT p.phase_index, s.*
    FROM metric_snapshot s JOIN phase p ON s.phase_id = p.phase_id AND s.deadline = p.deadline
    WHERE s.school_code = $school AND $asof >= p.deadline
),
base AS (
    SELECT phase_index, member_id, student_no, grade, class_code, seat_no, tutor_staff_no, teacher_staff_no, done_at,
           item_count, detail, false AS after_freeze
    FROM live l
    WHERE NOT EXISTS (SELECT 1 FROM frozen f WHERE f.phase_index = l.phase_index)
    UNION ALL
    -- A member not done in the snapshot can only be late, even if data loaded later shows an earlier moment.
    SELECT f.phase_index, f.member_id, f.student_no, f.grade, f.class_code, f.seat_no, f.tutor_staff_no, f.teacher_staff_no,
           CASE WHEN f.done_at <= f.deadline THEN f.done_at ELSE l.done_at END,
           CASE WHEN f.done_at <= f.deadline THEN f.item_count ELSE coalesce(l.item_count, f.item_count) END,
           CASE WHEN f.done_at <= f.deadline THEN f.detail ELSE l.detail END,
           NOT coalesce(f.done_at <= f.deadline, false)
    FROM frozen f LEFT JOIN live l ON l.phase_index = f.phase_index AND l.member_id = f.member_id
),
exempted AS (
    SELECT DISTINCT p.phase_index, e.student_no
    FROM metric_exemption e JOIN phase p ON e.phase_id IS NULL OR e.phase_id = p.phase_id
    WHERE e.school_code = $school AND e.recorded_at <= $asof
)
SELECT b.* EXCLUDE (after_freeze),
       CASE WHEN x.student_no IS NOT NULL THEN 'exempt'
            WHEN b.done_at <= p.deadline AND NOT b.after_freeze THEN 'complete'
            WHEN b.done_at <= $asof THEN 'late'
            ELSE 'missing' END AS outcome,
       p.kind AS phase_kind
FROM base b
JOIN phase p ON p.phase_index = b.phase_index
LEFT JOIN exempted x ON x.phase_index = b.phase_index AND x.student_no = b.student_no
