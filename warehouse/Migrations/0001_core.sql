-- The core model. Every core table carries:
--   school_code  one warehouse holds many schools
--   load_id      the load that last inserted or changed the row (etl_load.load_id)
--   row_hash     hash of the row's attributes, so a reload of the same export changes nothing
--   deleted_at   set when a later FULL export no longer contains the row (never silently kept, never physically lost)
-- No PRIMARY KEY or index: they slow DuckDB bulk appends several-fold. Uniqueness of the natural keys
-- (noted as "key:" on each table) is checked by the loader with a query.

-- ---------- load history ----------
CREATE TABLE etl_load (
    load_id      BIGINT,
    school_code  VARCHAR,
    source       VARCHAR,     -- e.g. 'export-folder:/path', 'demo'
    exported_at  TIMESTAMP,   -- from the export's manifest
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    status       VARCHAR,     -- 'succeeded' | 'partial' (some files stopped) | 'failed'
    message      VARCHAR
);
CREATE SEQUENCE etl_load_id START 1;

CREATE TABLE etl_load_file (
    load_id        BIGINT,
    kind           VARCHAR,   -- record kind: students, staff, classes, ... (docs/source-format.md)
    file_name      VARCHAR,
    sha256         VARCHAR,
    mode           VARCHAR,   -- 'full' | 'delta'
    encoding       VARCHAR,   -- 'utf-8' | 'utf-8-bom' | 'big5' | 'xlsx'
    rows_read      BIGINT,
    rows_inserted  BIGINT,
    rows_updated   BIGINT,
    rows_unchanged BIGINT,
    rows_deleted   BIGINT,
    rows_rejected  BIGINT,
    status         VARCHAR,   -- 'loaded' | 'stopped' (the file as a whole was unusable) | 'skipped'
    message        VARCHAR
);

CREATE TABLE etl_reject (
    load_id      BIGINT,
    kind         VARCHAR,
    file_name    VARCHAR,
    line         BIGINT,      -- 1-based line (CSV) or row (XLSX) in the file, header = 1
    column_name  VARCHAR,     -- the header as written in the file
    reason_code  VARCHAR,     -- stable code: bad_national_id, unknown_class, upload_outside_semester, uncertified_certifier, duplicate_conflict, bad_date, missing_value, ...
    reason       VARCHAR,     -- zh-TW, what registry staff must fix
    raw          VARCHAR      -- the raw line or row as read
);

CREATE TABLE etl_check (
    load_id      BIGINT,
    check_name   VARCHAR,
    severity     VARCHAR,     -- 'info' | 'warn' | 'error'
    rows_checked BIGINT,
    rows_failing BIGINT,
    message      VARCHAR
);

-- ---------- dimensions ----------
CREATE TABLE school (            -- key: school_code
    school_code VARCHAR, name VARCHAR,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE term (              -- key: semester; filled for 100-1 … 150-2 below
    semester VARCHAR, academic_year INTEGER, term_no INTEGER, starts_on DATE, ends_on DATE
);
INSERT INTO term
SELECT y || '-' || t, y, t,
       CASE t WHEN 1 THEN make_date(y + 1911, 8, 1) ELSE make_date(y + 1912, 2, 1) END,
       CASE t WHEN 1 THEN make_date(y + 1912, 1, 31) ELSE make_date(y + 1912, 7, 31) END
FROM range(100, 151) ry(y), range(1, 3) rt(t);

CREATE TABLE staff (             -- key: school_code, staff_no
    school_code VARCHAR, staff_no VARCHAR, name VARCHAR,
    office VARCHAR,              -- 處室: 教務處, 學務處, 輔導中心, 進修部 …
    section VARCHAR,             -- 組: 註冊組, 教學組, 實研組, 訓育組, 生輔組, 圖資組 … (NULL for teachers without one)
    title VARCHAR,               -- 職稱: 組長, 主任, 教師 …
    is_course_counselor BOOLEAN, -- 課程諮詢教師
    email VARCHAR,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE school_class (      -- key: school_code, semester, class_code
    school_code VARCHAR, semester VARCHAR, class_code VARCHAR,
    grade INTEGER, division VARCHAR,    -- 日間部 | 進修部
    name VARCHAR, tutor_staff_no VARCHAR,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE student (           -- key: school_code, student_no
    school_code VARCHAR, student_no VARCHAR,
    national_id VARCHAR,         -- personal data: mask with NationalId.Mask wherever a role does not need it
    name VARCHAR, division VARCHAR, gender VARCHAR, admission_year INTEGER,
    guardian_name VARCHAR, guardian_phone VARCHAR, guardian_email VARCHAR, address VARCHAR,
    status VARCHAR,              -- current 學籍狀態: 在學 休學 轉出 畢業 離校 …
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

-- 編班 per semester as exported (key: school_code, semester, student_no)
CREATE TABLE class_assignment (
    school_code VARCHAR, semester VARCHAR, student_no VARCHAR, class_code VARCHAR, seat_no INTEGER,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

-- 學籍異動 (key: school_code, student_no, change_date, change_type)
CREATE TABLE enrolment_change (
    school_code VARCHAR, student_no VARCHAR, change_date DATE,
    change_type VARCHAR,         -- 轉入 轉出 休學 復學 重讀 借讀 畢業 離校
    from_class VARCHAR, to_class VARCHAR, note VARCHAR,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

-- Derived by the loader from class_assignment + enrolment_change after every load (not loaded directly):
-- one row per continuous span in which a student had one class and one status.
-- A student 轉入 on 111.11.02 into 105 has a 在學 span in 105 from 2022-11-02; a 休學 on 111.12.01 closes the
-- 在學 span on 2022-11-30 and opens a 休學 span. valid_to is inclusive; NULL = still open.
CREATE TABLE student_enrolment (
    school_code VARCHAR, student_no VARCHAR, semester VARCHAR,
    class_code VARCHAR, grade INTEGER, seat_no INTEGER,
    status VARCHAR,              -- 在學 休學 轉出 畢業 離校 借讀 …
    valid_from DATE, valid_to DATE
);

-- ---------- courses ----------
CREATE TABLE course (            -- key: school_code, semester, course_id
    school_code VARCHAR, semester VARCHAR, course_id VARCHAR,
    course_code VARCHAR,         -- 課程代碼 (national, 23 characters)
    subject_name VARCHAR, credits DECIMAL(4,1), grade INTEGER,
    teacher_staff_no VARCHAR, class_code VARCHAR,   -- class, or NULL for a cross-class group (group_name)
    group_name VARCHAR,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE course_record (     -- 修課紀錄; key: school_code, semester, course_id, student_no
    school_code VARCHAR, semester VARCHAR, course_id VARCHAR, student_no VARCHAR,
    score DECIMAL(5,1), credits_earned DECIMAL(4,1),
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

-- ---------- facts ----------
CREATE TABLE course_artifact (   -- 課程學習成果 上傳; key: school_code, artifact_id
    school_code VARCHAR, artifact_id VARCHAR, student_no VARCHAR, semester VARCHAR, course_id VARCHAR,
    uploaded_at TIMESTAMP, file_type VARCHAR, file_size_bytes BIGINT, description VARCHAR,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE certification (     -- 認證; key: school_code, artifact_id, decided_at
    school_code VARCHAR, artifact_id VARCHAR, decided_at TIMESTAMP,
    result VARCHAR,              -- 通過 | 未通過
    reason VARCHAR,              -- required for 未通過
    certified_by VARCHAR,        -- staff_no: the course teacher or a configured deputy acting for them
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE achievement (       -- 多元表現 上傳; key: school_code, achievement_id
    school_code VARCHAR, achievement_id VARCHAR, student_no VARCHAR, academic_year INTEGER,
    category VARCHAR,            -- one of the central database's ten categories
    title VARCHAR, uploaded_at TIMESTAMP,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE cadre_role (        -- 幹部經歷; key: school_code, record_id
    school_code VARCHAR, record_id VARCHAR, student_no VARCHAR, semester VARCHAR,
    role_name VARCHAR, organisation VARCHAR, entered_at TIMESTAMP, entered_by VARCHAR,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE counseling_record ( -- 課程諮詢紀錄; key: school_code, record_id
    school_code VARCHAR, record_id VARCHAR, student_no VARCHAR, semester VARCHAR,
    counselor_staff_no VARCHAR, held_on DATE, mode VARCHAR,   -- 個別 | 團體
    entered_at TIMESTAMP,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE selection (         -- 勾選; key: school_code, student_no, item_kind, item_id
    school_code VARCHAR, student_no VARCHAR, academic_year INTEGER,
    item_kind VARCHAR,           -- 'artifact' | 'achievement'
    item_id VARCHAR, selected_at TIMESTAMP,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE submission (        -- 提交 to the central database; key: school_code, submission_id
    school_code VARCHAR, submission_id VARCHAR, semester VARCHAR,
    category VARCHAR,            -- 基本資料 修課紀錄 課程學習成果 多元表現 幹部經歷
    unit VARCHAR,                -- submitting 組
    submitted_at TIMESTAMP, submitted_by VARCHAR, row_count BIGINT,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE receipt (           -- 收訖明細, one per student per submitted category; key: school_code, receipt_id
    school_code VARCHAR, receipt_id VARCHAR, submission_id VARCHAR, student_no VARCHAR,
    semester VARCHAR, category VARCHAR,
    issued_at TIMESTAMP, confirmed_at TIMESTAMP,
    error_reported_at TIMESTAMP, error_text VARCHAR, resolved_at TIMESTAMP,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);

CREATE TABLE deputy (            -- 代理人名單 (人事室),靜心 rule 七; key: school_code, staff_no, rank
    school_code VARCHAR, staff_no VARCHAR, deputy_staff_no VARCHAR, rank INTEGER,
    load_id BIGINT, row_hash UBIGINT, deleted_at TIMESTAMP
);
