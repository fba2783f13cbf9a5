INSERT INTO retention_audit VALUES
    ($run_id, $now, $school_code, $student_no, $left_on::DATE, $leave_type, $table_name, $rows_deleted)
