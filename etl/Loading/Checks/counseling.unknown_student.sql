SELECT _line, format('諮詢紀錄 {} 的學號 {} 不在學生基本資料中，請確認學號', record_id, student_no) AS reason
FROM stg_counseling
WHERE NOT _rejected AND student_no NOT IN (SELECT student_no FROM known_student)
