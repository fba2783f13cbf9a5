UPDATE job_run SET status = $status, message = $message, load_id = $load_id, finished_at = $now
WHERE run_id = $run_id
