SELECT s._line, format('新班級 {} 在 {} 學期（異動日期 {}）的班級資料中不存在，請確認班級代碼', s.to_class, t.semester, roc_date(s.change_date)) AS reason
FROM stg_status_changes s JOIN term t ON s.change_date BETWEEN t.starts_on AND t.ends_on
WHERE NOT s._rejected AND s.to_class IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM known_class k WHERE k.semester = t.semester AND k.class_code = s.to_class)
