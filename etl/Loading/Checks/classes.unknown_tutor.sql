SELECT _line, format('{} 班的導師編號 {} 不在教職員資料中', class_code, tutor_staff_no) AS reason
FROM stg_classes
WHERE NOT _rejected AND tutor_staff_no IS NOT NULL AND tutor_staff_no NOT IN (SELECT staff_no FROM known_staff)
