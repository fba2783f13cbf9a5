INSERT INTO dashboard_account (user_name, display_name, role, staff_no, email, password_hash, created_at, disabled_at, security_stamp, school_code)
VALUES ($user_name, $display_name, $role, $staff_no, $email, $password_hash, now()::TIMESTAMP, NULL, $security_stamp, $school_code)
