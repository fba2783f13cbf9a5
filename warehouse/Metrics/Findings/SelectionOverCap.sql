-- Students whose selections of one kind for a 學年 exceed the cap: selections of the semester's 學年, or of any 學年
-- if made during the semester (the 111.08 selection of 110 items belongs to 111-1's work).
WITH sel AS (
    SELECT student_no, academic_year, selected_at,
           CASE WHEN item_kind IN ('artifact', '課程學習成果') THEN 'artifact' ELSE 'achievement' END AS kind
    FROM selection
    WHERE school_code = $school AND selected_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
),
per AS (
    SELECT student_no, academic_year, kind, count(*) AS n,
           CASE kind WHEN 'artifact' THEN $cap_artifact ELSE $cap_achievement END AS cap
    FROM sel
    GROUP BY student_no, academic_year, kind
    HAVING academic_year = $academic_year OR bool_or(selected_at BETWEEN $sem_start AND $sem_end)
)
SELECT per.student_no, st.name AS student_name, cc.class_code, per.academic_year, per.kind, per.n, per.cap
FROM per
LEFT JOIN (SELECT student_no, any_value(name) AS name FROM student WHERE school_code = $school GROUP BY student_no) st
       ON st.student_no = per.student_no
LEFT JOIN ({current_class}) cc ON cc.student_no = per.student_no
WHERE per.n > per.cap
ORDER BY cc.class_code, per.student_no, per.academic_year, per.kind
