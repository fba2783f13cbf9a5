SELECT _line, format('成果 {} 的檔案 {} KB 超過 {} 檔上限 {} KB', artifact_id, file_size_bytes // 1024, file_type,
                     CASE WHEN file_type IN ('mp3', 'mp4') THEN 10240 ELSE 4096 END) AS reason
FROM stg_artifacts
WHERE NOT _rejected AND file_size_bytes > CASE WHEN file_type IN ('mp3', 'mp4') THEN 10240 ELSE 4096 END * 1024
