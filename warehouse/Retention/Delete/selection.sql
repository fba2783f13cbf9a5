DELETE FROM selection WHERE school_code = $school_code AND student_no = $student_no
