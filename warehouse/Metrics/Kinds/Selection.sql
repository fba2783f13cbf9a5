-- 學生勾選: done at the first selection recorded in the window (from $start) for the 學年, provided the student's
-- selections stay within the caps; over a cap the student is not done (and Findings reports it).
-- $category narrows to 課程學習成果 or 多元表現; NULL = either.
WITH pop AS ({population}),
sel AS (
    SELECT student_no, selected_at,
           CASE WHEN item_kind IN ('artifact', '課程學習成果') THEN 'artifact' ELSE 'achievement' END AS kind
    FROM selection
    WHERE school_code = $school AND academic_year = $academic_year AND selected_at <= $asof
      AND (deleted_at IS NULL OR deleted_at > $asof)
),
per AS (
    SELECT student_no,
           count(*) FILTER (WHERE kind = 'artifact') AS n_artifact,
           count(*) FILTER (WHERE kind = 'achievement') AS n_achievement,
           count(*) FILTER (WHERE CAST($category AS VARCHAR) IS NULL
                             OR kind = CASE CAST($category AS VARCHAR) WHEN '課程學習成果' THEN 'artifact' ELSE 'achievement' END) AS n,
           min(selected_at) FILTER (WHERE selected_at >= $start AND (CAST($category AS VARCHAR) IS NULL
                             OR kind = CASE CAST($category AS VARCHAR) WHEN '課程學習成果' THEN 'artifact' ELSE 'achievement' END)) AS first_at
    FROM sel GROUP BY student_no
)
SELECT p.student_no AS member_id, p.student_no, p.grade, p.class_code, p.seat_no, p.tutor_staff_no,
       NULL::VARCHAR AS teacher_staff_no,
       CASE WHEN coalesce(per.n_artifact, 0) <= $cap_artifact AND coalesce(per.n_achievement, 0) <= $cap_achievement
            THEN per.first_at END AS done_at,
       coalesce(per.n, 0) AS item_count,
       CASE WHEN per.n_artifact > $cap_artifact THEN 'over_cap_artifact:' || per.n_artifact || ':' || $cap_artifact
            WHEN per.n_achievement > $cap_achievement THEN 'over_cap_achievement:' || per.n_achievement || ':' || $cap_achievement END AS detail
FROM pop p LEFT JOIN per ON per.student_no = p.student_no
