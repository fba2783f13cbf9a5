SELECT s._line, format('班級 {} 在 {} 學期的班級資料中不存在，請確認班級代碼', s.class_code, s.semester) AS reason
FROM stg_class_assignments s
WHERE NOT s._rejected AND NOT EXISTS (SELECT 1 FROM known_class k WHERE k.semester = s.semester AND k.class_code = s.class_code)
