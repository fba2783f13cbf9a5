-- Deadline snapshots are kept by the metrics (0250_metrics.sql, CompletionMetrics.Freeze); the dashboard's freeze job
-- calls it, so its own per-class copy is not needed.
DROP TABLE completion_freeze;
