SELECT s._line, format('開課 {} 的班級 {} 在 {} 學期的班級資料中不存在，請確認班級代碼', s.course_id, s.class_code, s.semester) AS reason
FROM stg_courses s
WHERE NOT s._rejected AND s.class_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM known_class k WHERE k.semester = s.semester AND k.class_code = s.class_code)
