SELECT user_name, display_name, role, staff_no, email, school_code
FROM dashboard_account WHERE disabled_at IS NULL
ORDER BY role, user_name
