SELECT s._line, format('成果 {} 的開課序號 {} 在 {} 學期的開課資料中不存在，請確認學期與開課序號', s.artifact_id, s.course_id, s.semester) AS reason
FROM stg_artifacts s
WHERE NOT s._rejected AND NOT EXISTS (SELECT 1 FROM known_course k WHERE k.semester = s.semester AND k.course_id = s.course_id)
