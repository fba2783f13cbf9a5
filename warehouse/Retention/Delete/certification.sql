-- Certifications have no student_no: they follow the student's artifacts (deleted after this).
DELETE FROM certification
WHERE school_code = $school_code
  AND artifact_id IN (SELECT artifact_id FROM course_artifact WHERE school_code = $school_code AND student_no = $student_no)
