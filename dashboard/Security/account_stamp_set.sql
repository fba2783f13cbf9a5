UPDATE dashboard_account SET security_stamp = $security_stamp WHERE user_name = $user_name
