INSERT INTO dashboard_account VALUES
    ($user_name, $display_name, $role, $staff_no, $email, $password_hash, now()::TIMESTAMP, NULL)
