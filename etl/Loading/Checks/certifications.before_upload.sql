SELECT s._line, format('成果 {} 的認證時間 {} 早於上傳時間 {}', s.artifact_id, roc_time(s.decided_at), roc_time(a.uploaded_at)) AS reason
FROM stg_certifications s JOIN known_artifact a ON a.artifact_id = s.artifact_id
WHERE NOT s._rejected AND s.decided_at < a.uploaded_at
