DELETE FROM metric_snapshot WHERE school_code = $school_code AND student_no = $student_no
