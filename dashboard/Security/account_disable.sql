UPDATE dashboard_account SET disabled_at = now()::TIMESTAMP, security_stamp = $security_stamp
WHERE user_name = $user_name AND disabled_at IS NULL
