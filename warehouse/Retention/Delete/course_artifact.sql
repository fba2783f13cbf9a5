DELETE FROM course_artifact WHERE school_code = $school_code AND student_no = $student_no
