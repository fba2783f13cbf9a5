INSERT INTO job_run (run_id, job_name, trigger_kind, attempt, started_at, status)
VALUES (nextval('job_run_id'), $job_name, $trigger_kind, $attempt, $now, 'running')
RETURNING run_id
