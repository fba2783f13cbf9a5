INSERT INTO metric_exemption (school_code, student_no, phase_id, reason, recorded_by, recorded_at)
VALUES ($school, $student_no, CAST($phase_id AS VARCHAR), $reason, $by, $at)
