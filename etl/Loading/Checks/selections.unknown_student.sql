SELECT _line, format('勾選的學號 {} 不在學生基本資料中，請確認學號', student_no) AS reason
FROM stg_selections
WHERE NOT _rejected AND student_no NOT IN (SELECT student_no FROM known_student)
