SELECT s._line, format('開課序號 {} 在 {} 學期的開課資料中不存在，請確認開課序號', s.course_id, s.semester) AS reason
FROM stg_course_records s
WHERE NOT s._rejected AND NOT EXISTS (SELECT 1 FROM known_course k WHERE k.semester = s.semester AND k.course_id = s.course_id)
