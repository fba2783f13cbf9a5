SELECT _line, format('諮詢紀錄 {} 的課諮師編號 {} 不在教職員資料中', record_id, counselor_staff_no) AS reason
FROM stg_counseling
WHERE NOT _rejected AND counselor_staff_no NOT IN (SELECT staff_no FROM known_staff)
