-- 收訖明細 rows carry the 身分證號; the student is found by it (student_no is filled before the checks run).
SELECT _line, format('身分證號 {} 找不到對應的學生（學生基本資料中沒有此身分證號），請確認', mask_id(national_id)) AS reason
FROM stg_receipts
WHERE NOT _rejected AND student_no IS NULL
