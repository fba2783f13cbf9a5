SELECT _line, format('成果編號 {} 不在課程學習成果資料中，請確認成果編號', artifact_id) AS reason
FROM stg_certifications
WHERE NOT _rejected AND artifact_id NOT IN (SELECT artifact_id FROM known_artifact)
