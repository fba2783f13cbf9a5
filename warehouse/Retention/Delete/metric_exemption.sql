DELETE FROM metric_exemption WHERE school_code = $school_code AND student_no = $student_no
