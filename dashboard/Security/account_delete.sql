DELETE FROM dashboard_account WHERE user_name = $user_name
