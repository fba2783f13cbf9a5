DELETE FROM cadre_role WHERE school_code = $school_code AND student_no = $student_no
