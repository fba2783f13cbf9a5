SELECT _line, format('幹部經歷 {} 的學號 {} 不在學生基本資料中，請確認學號', record_id, student_no) AS reason
FROM stg_cadre_roles
WHERE NOT _rejected AND student_no NOT IN (SELECT student_no FROM known_student)
