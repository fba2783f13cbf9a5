SELECT occurred_at, event, user_name, client, actor, detail FROM dashboard_audit ORDER BY occurred_at DESC LIMIT $limit
