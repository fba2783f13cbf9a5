-- The dashboard's own state, kept in the warehouse so a backup is one copy and a restart loses nothing.

-- Sign-in accounts. password_hash is ASP.NET Core's PasswordHasher format (PBKDF2); no clear password is stored.
CREATE TABLE dashboard_account (    -- key: user_name
    user_name     VARCHAR,
    display_name  VARCHAR,
    role          VARCHAR,          -- Admin | Principal | Counseling | Tutor | Teacher | Registry
    staff_no      VARCHAR,          -- links a 導師 / 任課教師 to staff.staff_no
    email         VARCHAR,
    password_hash VARCHAR,
    created_at    TIMESTAMP,
    disabled_at   TIMESTAMP
);

-- Scheduler history: one row per run of a Quartz job (or a load handed over by `portfolio load`).
CREATE TABLE job_run (
    run_id       BIGINT,
    job_name     VARCHAR,           -- etl:<source> | freeze | follow-up | retention
    trigger_kind VARCHAR,           -- scheduled | manual | retry | hand-off | startup
    attempt      INTEGER,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    status       VARCHAR,           -- running | succeeded | failed | interrupted
    message      VARCHAR,           -- zh-TW, no personal data
    load_id      BIGINT
);
CREATE SEQUENCE job_run_id START 1;

-- Completion frozen when a phase's deadline passes (per class), so a later catch-up never rewrites history.
CREATE TABLE completion_freeze (    -- key: school_code, phase_id, class_code
    school_code VARCHAR, semester VARCHAR, phase_id VARCHAR, phase_title VARCHAR, deadline TIMESTAMP,
    grade INTEGER, class_code VARCHAR,
    population BIGINT, complete BIGINT, late BIGINT, missing BIGINT, exempt BIGINT,
    frozen_at TIMESTAMP, run_id BIGINT
);

-- What the retention job deleted: per leaver and table, the row count (no names, no national IDs).
CREATE TABLE retention_audit (
    run_id BIGINT, deleted_at TIMESTAMP, school_code VARCHAR, student_no VARCHAR,
    left_on DATE, leave_type VARCHAR, table_name VARCHAR, rows_deleted BIGINT
);

-- Follow-up lists written to the outbox and, when SMTP is configured, mailed.
CREATE TABLE outbox_message (
    run_id BIGINT, recipient VARCHAR, recipient_email VARCHAR, subject VARCHAR, file_path VARCHAR,
    students BIGINT, created_at TIMESTAMP, sent_at TIMESTAMP, error VARCHAR
);
