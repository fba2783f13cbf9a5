SELECT run_id, job_name, trigger_kind, attempt, started_at, finished_at, status, message, load_id
FROM job_run
ORDER BY started_at DESC, run_id DESC
LIMIT $limit
