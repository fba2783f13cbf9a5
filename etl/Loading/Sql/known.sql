-- What this load's rows may refer to: the rows staged now (not rejected) plus what the warehouse already holds.
CREATE OR REPLACE TEMP VIEW known_student AS
SELECT student_no, national_id FROM stg_students WHERE NOT _rejected
UNION ALL
SELECT student_no, national_id FROM student
WHERE school_code = (SELECT school_code FROM load_ctx) AND deleted_at IS NULL
  AND student_no NOT IN (SELECT student_no FROM stg_students WHERE NOT _rejected);

CREATE OR REPLACE TEMP VIEW known_staff AS
SELECT staff_no FROM stg_staff WHERE NOT _rejected
UNION ALL
SELECT staff_no FROM staff WHERE school_code = (SELECT school_code FROM load_ctx) AND deleted_at IS NULL;

CREATE OR REPLACE TEMP VIEW known_class AS
SELECT semester, class_code FROM stg_classes WHERE NOT _rejected
UNION ALL
SELECT semester, class_code FROM school_class WHERE school_code = (SELECT school_code FROM load_ctx) AND deleted_at IS NULL;

CREATE OR REPLACE TEMP VIEW known_course AS
SELECT semester, course_id, subject_name, teacher_staff_no FROM stg_courses WHERE NOT _rejected
UNION ALL
SELECT c.semester, c.course_id, c.subject_name, c.teacher_staff_no FROM course c
WHERE c.school_code = (SELECT school_code FROM load_ctx) AND c.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM stg_courses s WHERE NOT s._rejected AND s.semester = c.semester AND s.course_id = c.course_id);

CREATE OR REPLACE TEMP VIEW known_artifact AS
SELECT artifact_id, student_no, semester, course_id, uploaded_at FROM stg_artifacts WHERE NOT _rejected
UNION ALL
SELECT a.artifact_id, a.student_no, a.semester, a.course_id, a.uploaded_at FROM course_artifact a
WHERE a.school_code = (SELECT school_code FROM load_ctx) AND a.deleted_at IS NULL
  AND a.artifact_id NOT IN (SELECT artifact_id FROM stg_artifacts WHERE NOT _rejected);

CREATE OR REPLACE TEMP VIEW known_achievement AS
SELECT achievement_id, student_no FROM stg_achievements WHERE NOT _rejected
UNION ALL
SELECT achievement_id, student_no FROM achievement WHERE school_code = (SELECT school_code FROM load_ctx) AND deleted_at IS NULL;

CREATE OR REPLACE TEMP VIEW known_deputy AS
SELECT staff_no, deputy_staff_no FROM stg_deputies WHERE NOT _rejected
UNION ALL
SELECT staff_no, deputy_staff_no FROM deputy WHERE school_code = (SELECT school_code FROM load_ctx) AND deleted_at IS NULL
UNION ALL
SELECT staff_no, deputy_staff_no FROM cfg_deputy;

CREATE OR REPLACE TEMP VIEW known_submission AS
SELECT submission_id FROM stg_submissions WHERE NOT _rejected
UNION ALL
SELECT submission_id FROM submission WHERE school_code = (SELECT school_code FROM load_ctx) AND deleted_at IS NULL;

CREATE OR REPLACE TEMP VIEW known_certified AS
SELECT artifact_id FROM stg_certifications WHERE NOT _rejected AND result = '通過'
UNION ALL
SELECT artifact_id FROM certification WHERE school_code = (SELECT school_code FROM load_ctx) AND deleted_at IS NULL AND result = '通過';

-- Students whose row in this export was rejected: their other rows are rejected too, and the reason says why.
CREATE OR REPLACE TEMP VIEW rejected_student AS
SELECT student_no, any_value(national_id) AS national_id, min(_line) AS line FROM stg_students
WHERE _rejected AND student_no IS NOT NULL
  AND student_no NOT IN (SELECT student_no FROM stg_students WHERE NOT _rejected)
GROUP BY student_no;
