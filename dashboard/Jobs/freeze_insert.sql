INSERT INTO completion_freeze VALUES
    ($school_code, $semester, $phase_id, $phase_title, $deadline, $grade, $class_code,
     $population, $complete, $late, $missing, $exempt, $now, $run_id)
