DELETE FROM student_enrolment WHERE school_code = $school_code AND student_no = $student_no
