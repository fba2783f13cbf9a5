SELECT _line, format('多元表現 {} 的學號 {} 不在學生基本資料中，請確認學號', achievement_id, student_no) AS reason
FROM stg_achievements
WHERE NOT _rejected AND student_no NOT IN (SELECT student_no FROM known_student)
