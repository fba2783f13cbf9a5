-- The course teacher certifies; a deputy (代理人名單 or the school configuration) may act for them.
-- The teacher comparison is kept out of the join conditions on purpose (coalesce(… <> …, false) filters exactly like
-- <> does): as a join condition the optimizer paired every certification with every known course on it before
-- joining the artifact — tens of millions of rows once the warehouse already holds the courses, i.e. on every reload.
SELECT s._line,
       format('認證教師 {} 不是「{}」（開課序號 {}）的任課教師 {}，也不是其代理人；請確認認證者，或在代理人名單／學校設定補上代理關係',
              s.certified_by, k.subject_name, k.course_id, k.teacher_staff_no) AS reason
FROM stg_certifications s
JOIN known_artifact a ON a.artifact_id = s.artifact_id
JOIN known_course k ON k.semester = a.semester AND k.course_id = a.course_id
WHERE NOT s._rejected
  AND coalesce(s.certified_by <> k.teacher_staff_no, false)
  AND NOT EXISTS (SELECT 1 FROM known_deputy d WHERE d.staff_no = k.teacher_staff_no AND d.deputy_staff_no = s.certified_by)
