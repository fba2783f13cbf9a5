-- 收訖明細 rows carry the 身分證號; the student is found by it (student_no is filled before the checks run).
SELECT _line,
       CASE WHEN rejected_line IS NULL THEN format('身分證號 {} 找不到對應的學生（學生基本資料中沒有此身分證號），請確認', mask_id(national_id))
            ELSE format('身分證號 {} 的學生基本資料在本次匯出被退回（學生基本資料第 {} 行），此列一併退回；更正該生資料後重新匯出即可', mask_id(national_id), rejected_line)
       END AS reason
FROM (SELECT s._line, s.national_id, (SELECT min(r.line) FROM rejected_student r WHERE r.national_id = s.national_id) AS rejected_line
      FROM stg_receipts s WHERE NOT s._rejected AND s.student_no IS NULL)
