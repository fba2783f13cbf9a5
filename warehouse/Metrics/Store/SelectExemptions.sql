SELECT student_no, phase_id, reason, recorded_by, recorded_at
FROM metric_exemption WHERE school_code = $school ORDER BY recorded_at, student_no
