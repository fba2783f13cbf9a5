-- Students over a cap of the school file. {caps} lists them as VALUES (cap_no, item, per, per_subject, cap).
-- A 學年 cap counts the semester's 學年, or any 學年 with items dated in the semester (the 111.08 selection of 110
-- items belongs to 111-1's work); a semester cap counts the items of the semester. Per subject: course artifacts
-- (uploaded, or the ones selected) grouped by their course's subject.
WITH caps(cap_no, item, per, per_subject, cap) AS (VALUES {caps}),
courses AS (
    SELECT semester, course_id, subject_name FROM course
    WHERE school_code = $school AND (deleted_at IS NULL OR deleted_at > $asof)
    QUALIFY row_number() OVER (PARTITION BY semester, course_id ORDER BY load_id DESC) = 1
),
arts AS (
    SELECT a.artifact_id, a.student_no, a.semester, a.uploaded_at, co.subject_name
    FROM course_artifact a
    LEFT JOIN courses co ON co.semester = a.semester AND co.course_id = a.course_id
    WHERE a.school_code = $school AND (a.deleted_at IS NULL OR a.deleted_at > $asof)
),
items AS (
    SELECT 'artifact_uploads' AS item, student_no, CAST(split_part(semester, '-', 1) AS INTEGER) AS academic_year,
           semester = $semester AS in_semester, subject_name AS subject
    FROM arts WHERE uploaded_at <= $asof
    UNION ALL
    SELECT 'achievement_uploads', student_no, academic_year, uploaded_at BETWEEN $sem_start AND $sem_end, NULL
    FROM achievement
    WHERE school_code = $school AND uploaded_at <= $asof AND (deleted_at IS NULL OR deleted_at > $asof)
    UNION ALL
    SELECT CASE WHEN s.item_kind IN ('artifact', '課程學習成果') THEN 'artifact_selections' ELSE 'achievement_selections' END,
           s.student_no, s.academic_year, s.selected_at BETWEEN $sem_start AND $sem_end, a.subject_name
    FROM selection s
    LEFT JOIN (SELECT artifact_id, any_value(subject_name) AS subject_name FROM arts GROUP BY artifact_id) a
           -- One equality (NULL for achievements) so the join hashes; `id = … AND kind IN …` ran as a nested loop.
           ON a.artifact_id = CASE WHEN s.item_kind IN ('artifact', '課程學習成果') THEN s.item_id END
    WHERE s.school_code = $school AND s.selected_at <= $asof AND (s.deleted_at IS NULL OR s.deleted_at > $asof)
),
counted AS (
    SELECT c.cap_no, i.student_no,
           CASE WHEN c.per = 'school_year' THEN i.academic_year END AS academic_year,
           CASE WHEN c.per_subject THEN i.subject END AS subject,
           count(*) AS n, any_value(c.cap) AS cap, bool_or(i.in_semester) AS in_semester
    FROM caps c
    JOIN items i ON i.item = c.item AND (c.per = 'school_year' OR i.in_semester) AND (NOT c.per_subject OR i.subject IS NOT NULL)
    GROUP BY c.cap_no, i.student_no, CASE WHEN c.per = 'school_year' THEN i.academic_year END, CASE WHEN c.per_subject THEN i.subject END
)
SELECT k.cap_no, k.student_no, st.name AS student_name, cc.class_code, k.academic_year, k.subject, k.n, k.cap
FROM counted k
LEFT JOIN (SELECT student_no, any_value(name) AS name FROM student WHERE school_code = $school GROUP BY student_no) st
       ON st.student_no = k.student_no
LEFT JOIN ({current_class}) cc ON cc.student_no = k.student_no
WHERE k.n > k.cap AND (k.academic_year IS NULL OR k.academic_year = $academic_year OR k.in_semester)
ORDER BY k.cap_no, cc.class_code, k.student_no, k.academic_year, k.subject
