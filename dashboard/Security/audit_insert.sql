INSERT INTO dashboard_audit VALUES ($at, $event, $user_name, $client, $actor, $detail)
