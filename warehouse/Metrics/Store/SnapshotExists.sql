SELECT count(*) FROM metric_snapshot WHERE school_code = $school AND phase_id = $phase_id AND deadline = $end
