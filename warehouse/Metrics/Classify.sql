-- The population members of a query's phases, each with an outcome as of its phase's as-of moment:
--   exempt   a 免除 recorded by then (the member leaves the population)
--   complete done by the deadline (the phase's end)
--   late     done after the deadline but by the as-of moment
--   missing  not done by the as-of moment
-- Once the deadline has passed and a snapshot was frozen for it, the population and the on-time completions are
-- the snapshot's: a later catch-up can only be late, and later data corrections never rewrite the deadline.
-- Each row carries its phase's kind (phase_kind: Certification members are artifacts, not students) and school.
-- All phases, of one school or of many, are classified in one pass whose plan does not grow with them (DuckDB spends
-- most of a metric query planning it): $phases lists each phase's school, window and parameters as JSON, typed here;
-- each phase kind's members (Kinds/*.sql) are joined laterally to that kind's phases (Batch/_member.sql), and the
-- enrolment they count is computed once per school and date (Batch/_enrolled_keys.sql).
WITH phase AS (
    SELECT unnest(from_json(CAST($phases AS VARCHAR), '[{"phase_index": "INTEGER", "school": "VARCHAR", "phase_id": "VARCHAR",
        "kind": "VARCHAR", "semester": "VARCHAR", "academic_year": "INTEGER", "start": "TIMESTAMP", "end": "TIMESTAMP",
        "asof": "TIMESTAMP", "pop_date": "DATE", "grades": "VARCHAR", "minimum": "INTEGER", "category": "VARCHAR",
        "evidence": "VARCHAR", "upload_end": "TIMESTAMP", "cap_artifact": "INTEGER", "cap_achievement": "INTEGER"}]'),
        recursive := true)
),
enrolled AS ({enrolled}),
live AS ({members}),
frozen AS (
    SELECT p.phase_index, s.*
    FROM metric_snapshot s JOIN phase p ON s.school_code = p.school AND s.phase_id = p.phase_id AND s.deadline = p."end"
    WHERE p."asof" >= p."end"
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
    FROM metric_exemption e JOIN phase p ON e.school_code = p.school AND (e.phase_id IS NULL OR e.phase_id = p.phase_id)
    WHERE e.recorded_at <= p."asof"
)
SELECT b.* EXCLUDE (after_freeze),
       CASE WHEN x.student_no IS NOT NULL THEN 'exempt'
            WHEN b.done_at <= p."end" AND NOT b.after_freeze THEN 'complete'
            WHEN b.done_at <= p."asof" THEN 'late'
            ELSE 'missing' END AS outcome,
       p.kind AS phase_kind, p.school AS school_code
FROM base b
JOIN phase p ON p.phase_index = b.phase_index
LEFT JOIN exempted x ON x.phase_index = b.phase_index AND x.student_no = b.student_no
