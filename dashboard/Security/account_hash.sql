SELECT user_name, display_name, role, staff_no, email, school_code, password_hash, security_stamp
FROM dashboard_account WHERE disabled_at IS NULL AND user_name = $user_name
