SELECT _line, format('學號 {} 不在學生基本資料中，請先建立學生資料或更正學號', student_no) AS reason
FROM stg_status_changes
WHERE NOT _rejected AND student_no NOT IN (SELECT student_no FROM known_student)
