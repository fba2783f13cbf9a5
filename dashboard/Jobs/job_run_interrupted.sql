UPDATE job_run SET status = 'interrupted', finished_at = $now,
       message = coalesce(message || '；', '') || '伺服器於執行中停止，此次執行未完成'
WHERE status = 'running'
