DELETE FROM counseling_record WHERE school_code = $school_code AND student_no = $student_no
