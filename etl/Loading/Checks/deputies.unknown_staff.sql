SELECT _line, format('代理人名單中的教職員編號 {} 不在教職員資料中，請確認編號', CASE WHEN staff_no NOT IN (SELECT staff_no FROM known_staff) THEN staff_no ELSE deputy_staff_no END) AS reason
FROM stg_deputies
WHERE NOT _rejected AND (staff_no NOT IN (SELECT staff_no FROM known_staff) OR deputy_staff_no NOT IN (SELECT staff_no FROM known_staff))
