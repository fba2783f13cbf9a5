-- Every student's enrolment at $pop_date (the window's end, or the as-of moment if earlier), with the class's 導師 as
-- known at $asof: those who left (轉出, 休學) before it have left, those who joined (轉入, 復學) are in from their date.
SELECT e.student_no, e.s.grade AS grade, e.s.class_code AS class_code, e.s.seat_no AS seat_no, c.tutor_staff_no, e.s.status AS status
FROM (
    -- Spans of an earlier semester stay open past its end, so the latest span starting by the date is the one (a
    -- student has one class a semester, so the class never decides; an aggregate, not a window: it runs per date).
    SELECT student_no, arg_max(struct_pack(grade, class_code, seat_no, semester, status), struct_pack(valid_from, semester)) AS s
    FROM student_enrolment
    WHERE school_code = $school
      AND valid_from <= $pop_date AND (valid_to IS NULL OR valid_to >= $pop_date)
    GROUP BY student_no
) e
LEFT JOIN (
    SELECT semester, class_code, tutor_staff_no
    FROM school_class
    WHERE school_code = $school AND (deleted_at IS NULL OR deleted_at > $asof)
    QUALIFY row_number() OVER (PARTITION BY semester, class_code ORDER BY load_id DESC) = 1
) c ON c.semester = e.s.semester AND c.class_code = e.s.class_code
