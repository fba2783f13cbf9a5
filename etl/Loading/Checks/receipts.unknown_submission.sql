SELECT _line, format('收訖 {} 的提交編號 {} 不在提交資料中，請確認提交編號', receipt_id, submission_id) AS reason
FROM stg_receipts
WHERE NOT _rejected AND submission_id NOT IN (SELECT submission_id FROM known_submission)
