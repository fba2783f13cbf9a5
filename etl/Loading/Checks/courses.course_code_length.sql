SELECT _line, format('開課 {} 的課程代碼「{}」不是 23 碼', course_id, course_code) AS reason
FROM stg_courses
WHERE NOT _rejected AND length(course_code) <> 23
