SELECT _line, format('開課 {}（{}）的授課教師編號 {} 不在教職員資料中', course_id, subject_name, teacher_staff_no) AS reason
FROM stg_courses
WHERE NOT _rejected AND teacher_staff_no NOT IN (SELECT staff_no FROM known_staff)
