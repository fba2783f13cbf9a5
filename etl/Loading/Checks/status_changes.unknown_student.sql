SELECT s._line,
       CASE WHEN r.line IS NULL THEN format('學號 {} 不在學生基本資料中，請先建立學生資料或更正學號', s.student_no)
            ELSE format('學號 {} 的學生基本資料在本次匯出被退回（學生基本資料第 {} 行），此列一併退回；更正該生資料後重新匯出即可', s.student_no, r.line)
       END AS reason
FROM stg_status_changes s LEFT JOIN rejected_student r ON r.student_no = s.student_no
WHERE NOT s._rejected AND s.student_no NOT IN (SELECT student_no FROM known_student)
