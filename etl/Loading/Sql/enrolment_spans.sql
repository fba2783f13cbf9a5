-- Rebuilds student_enrolment for the school from class_assignment (編班 per semester) and enrolment_change (學籍異動).
-- For each student's semester placement: the status on the semester's first day (from the last change before it;
-- 在學 when there is none, or no span at all until a first-ever 轉入), then one span per change on or after that
-- day (including changes after the semester ends, so "enrolled in 111-1 as of a deadline in 112.04" is answerable).
-- valid_to is the day before the next change; NULL = still open.
-- The rebuild may be narrowed to the students in span_student: a student's spans read only that student's rows.
DELETE FROM student_enrolment WHERE school_code = (SELECT school_code FROM load_ctx) {only};
INSERT INTO student_enrolment (school_code, student_no, semester, class_code, grade, seat_no, status, valid_from, valid_to)
WITH ctx AS (SELECT school_code FROM load_ctx),
a AS (
    SELECT ca.student_no, ca.semester, ca.class_code, ca.seat_no, t.starts_on
    FROM class_assignment ca JOIN term t ON t.semester = ca.semester
    WHERE ca.school_code = (SELECT school_code FROM ctx) AND ca.deleted_at IS NULL {only}),
ch AS (
    SELECT student_no, change_date, change_type, to_class,
           CASE WHEN change_type IN ('轉入', '復學', '重讀') THEN '在學' ELSE change_type END AS status,
           row_number() OVER (PARTITION BY student_no ORDER BY change_date, change_type) AS seq
    FROM enrolment_change
    WHERE school_code = (SELECT school_code FROM ctx) AND deleted_at IS NULL {only}),
before_start AS (
    SELECT a.student_no, a.semester, arg_max(ch.status, ch.seq) AS status
    FROM a JOIN ch ON ch.student_no = a.student_no AND ch.change_date < a.starts_on
    GROUP BY a.student_no, a.semester),
first_change AS (SELECT student_no, change_type FROM ch WHERE seq = 1),
events AS (
    SELECT a.student_no, a.semester, a.seat_no, a.starts_on AS valid_from, 0 AS seq, a.class_code,
           coalesce(b.status, CASE WHEN f.change_type = '轉入' THEN NULL ELSE '在學' END) AS status
    FROM a
    LEFT JOIN before_start b ON b.student_no = a.student_no AND b.semester = a.semester
    LEFT JOIN first_change f ON f.student_no = a.student_no
    UNION ALL
    SELECT a.student_no, a.semester, a.seat_no, ch.change_date, ch.seq,
           CASE WHEN ch.change_type IN ('轉入', '復學', '重讀') AND ch.to_class IS NOT NULL THEN ch.to_class ELSE a.class_code END,
           ch.status
    FROM a JOIN ch ON ch.student_no = a.student_no AND ch.change_date >= a.starts_on),
spans AS (
    SELECT *, lead(valid_from) OVER (PARTITION BY student_no, semester ORDER BY valid_from, seq) - 1 AS valid_to
    FROM events)
SELECT (SELECT school_code FROM ctx), s.student_no, s.semester, s.class_code, c.grade, s.seat_no, s.status, s.valid_from, s.valid_to
FROM spans s
LEFT JOIN school_class c ON c.school_code = (SELECT school_code FROM ctx) AND c.semester = s.semester
                        AND c.class_code = s.class_code AND c.deleted_at IS NULL
WHERE s.status IS NOT NULL AND (s.valid_to IS NULL OR s.valid_to >= s.valid_from);
