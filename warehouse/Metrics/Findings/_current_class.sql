-- Each student's latest enrolment span starting by $asof: their class and grade as of then.
SELECT student_no, class_code, grade, semester
FROM student_enrolment
WHERE school_code = $school AND valid_from <= CAST($asof AS DATE)
QUALIFY row_number() OVER (PARTITION BY student_no ORDER BY valid_from DESC, class_code) = 1
