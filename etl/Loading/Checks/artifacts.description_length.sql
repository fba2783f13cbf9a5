SELECT _line, format('成果 {} 的簡述有 {} 字，超過 100 字', artifact_id, length(description)) AS reason
FROM stg_artifacts
WHERE NOT _rejected AND length(description) > 100
