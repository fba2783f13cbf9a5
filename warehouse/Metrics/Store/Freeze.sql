-- The phase's members as they stood at the deadline ($asof = $end), kept for good.
INSERT INTO metric_snapshot
SELECT $school, $phase_id, $end, $frozen_at,
       member_id, student_no, grade, class_code, seat_no, tutor_staff_no, teacher_staff_no, done_at, item_count, detail
FROM ({members}) m
