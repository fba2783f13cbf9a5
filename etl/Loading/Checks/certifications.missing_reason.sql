SELECT _line, format('成果 {} 認證為「未通過」但未填寫未通過原因，請補上原因', artifact_id) AS reason
FROM stg_certifications
WHERE NOT _rejected AND result = '未通過' AND reason IS NULL
