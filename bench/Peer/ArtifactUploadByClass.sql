-- The peer's answer to "學生上傳課程學習成果, by class" over the sample admin schema, written as an analyst with a BI
-- tool would, following domain.md: the population is the students of the target grades enrolled (在學) on the window's
-- end (@pop_date); a student is complete with @minimum uploads for the semester by the deadline (@deadline), late with
-- them by the as-of moment (@asof) only, missing otherwise. Enrolment on a day: each semester's placement (編班,
-- from the semester's first day: 8/1 or 2/1) and every 學籍異動 after it; the last of these on or before the day
-- decides, across semesters the latest; 轉入/復學/重讀 mean 在學 (in the class they name), before a first-ever 轉入
-- the student is not enrolled.
WITH ch AS (
    SELECT stu_no, chg_date, chg_kind, to_cls,
           CASE WHEN chg_kind IN ('轉入', '復學', '重讀') THEN '在學' ELSE chg_kind END AS status,
           row_number() OVER (PARTITION BY stu_no ORDER BY chg_date, chg_kind) AS seq
    FROM adm.stu_change
),
placement AS (
    SELECT sc.stu_no, sc.syear || '-' || sc.seme AS semester, sc.syear, sc.seme, sc.cls_no,
           CASE sc.seme WHEN 1 THEN make_date(sc.syear + 1911, 8, 1) ELSE make_date(sc.syear + 1912, 2, 1) END AS starts_on
    FROM adm.stu_class sc
    -- A placement in a class the semester does not have is a typo in the admin system, not a placement.
    WHERE EXISTS (SELECT 1 FROM adm.cls_base k WHERE k.syear = sc.syear AND k.seme = sc.seme AND k.cls_no = sc.cls_no)
),
-- Each placement's status on its first day: the last change before it, else 在學 (not yet, before a first-ever 轉入).
before_start AS (
    SELECT DISTINCT ON (p.stu_no, p.semester) p.stu_no, p.semester, c.status
    FROM placement p JOIN ch c ON c.stu_no = p.stu_no AND c.chg_date < p.starts_on
    ORDER BY p.stu_no, p.semester, c.seq DESC
),
first_change AS (SELECT stu_no, chg_kind FROM ch WHERE seq = 1),
events AS (
    SELECT p.stu_no, p.semester, p.syear, p.seme, p.starts_on AS valid_from, 0::bigint AS seq, p.cls_no,
           coalesce(b.status, CASE WHEN f.chg_kind = '轉入' THEN NULL ELSE '在學' END) AS status
    FROM placement p
    LEFT JOIN before_start b ON b.stu_no = p.stu_no AND b.semester = p.semester
    LEFT JOIN first_change f ON f.stu_no = p.stu_no
    WHERE p.starts_on <= @pop_date
    UNION ALL
    SELECT p.stu_no, p.semester, p.syear, p.seme, c.chg_date, c.seq,
           CASE WHEN c.chg_kind IN ('轉入', '復學', '重讀') AND c.to_cls IS NOT NULL THEN c.to_cls ELSE p.cls_no END, c.status
    FROM placement p JOIN ch c ON c.stu_no = p.stu_no AND c.chg_date >= p.starts_on AND c.chg_date <= @pop_date
),
-- Per placement the last event by the day; a day with two changes keeps the later one.
per_semester AS (
    SELECT DISTINCT ON (stu_no, semester) * FROM events ORDER BY stu_no, semester, valid_from DESC, seq DESC
),
enrolled AS (
    SELECT DISTINCT ON (e.stu_no) e.stu_no, e.status, e.cls_no, k.grade
    FROM per_semester e
    LEFT JOIN adm.cls_base k ON k.syear = e.syear AND k.seme = e.seme AND k.cls_no = e.cls_no
    WHERE e.status IS NOT NULL
    ORDER BY e.stu_no, e.valid_from DESC, e.semester DESC, e.cls_no
),
pop AS (
    SELECT stu_no, grade, cls_no FROM enrolled WHERE status = '在學' AND grade = ANY (@grades)
),
uploads AS (
    SELECT r.stu_no, r.upload_time, row_number() OVER (PARTITION BY r.stu_no ORDER BY r.upload_time) AS n
    FROM adm.lp_cos_result r
    WHERE r.syear = @syear AND r.seme = @seme AND r.upload_time <= @asof
),
done AS (SELECT stu_no, upload_time AS done_at FROM uploads WHERE n = @minimum)
SELECT p.grade, p.cls_no AS class_code,
       count(*) AS population,
       count(*) FILTER (WHERE d.done_at <= @deadline) AS complete,
       count(*) FILTER (WHERE d.done_at > @deadline) AS late,
       count(*) FILTER (WHERE d.done_at IS NULL) AS missing
FROM pop p LEFT JOIN done d ON d.stu_no = p.stu_no
GROUP BY p.grade, p.cls_no
ORDER BY p.grade, p.cls_no
