SELECT security_stamp FROM dashboard_account WHERE disabled_at IS NULL AND user_name = $user_name
