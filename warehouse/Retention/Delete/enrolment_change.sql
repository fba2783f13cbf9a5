DELETE FROM enrolment_change WHERE school_code = $school_code AND student_no = $student_no
