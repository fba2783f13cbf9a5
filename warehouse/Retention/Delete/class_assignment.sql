DELETE FROM class_assignment WHERE school_code = $school_code AND student_no = $student_no
