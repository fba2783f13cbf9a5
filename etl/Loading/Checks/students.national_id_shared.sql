SELECT s._line, format('身分證號 {} 同時屬於學號 {}，請確認學生基本資料', mask_id(s.national_id), d.nos) AS reason
FROM stg_students s
JOIN (SELECT national_id, string_agg(DISTINCT student_no, '、') AS nos FROM stg_students WHERE NOT _rejected
      GROUP BY national_id HAVING count(DISTINCT student_no) > 1) d USING (national_id)
WHERE NOT s._rejected
