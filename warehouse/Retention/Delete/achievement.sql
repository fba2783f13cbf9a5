DELETE FROM achievement WHERE school_code = $school_code AND student_no = $student_no
