-- A sample 校務行政系統 schema (schema adm), named as admin systems commonly name their tables: tea_ (教職員),
-- stu_ (學生), cls_ (班級), cos_ (課程), lp_ (學習歷程). `portfolio demo --source postgres` fills it; the queries
-- in Sample/queries.yaml (`source_database: { queries: sample }`) read it. Every table keeps upd_time, set on insert
-- and by a trigger on update (unless the update sets it), for incremental pulls; a row deleted here is found by the
-- next full reconcile.
DROP SCHEMA IF EXISTS adm CASCADE;
CREATE SCHEMA adm;
CREATE FUNCTION adm.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.upd_time IS NOT DISTINCT FROM OLD.upd_time THEN
        NEW.upd_time := clock_timestamp()::timestamp;
    END IF;
    RETURN NEW;
END $$;


-- 教職員 (staff)
CREATE TABLE adm.tea_base (
    id bigserial PRIMARY KEY,
    staff_no varchar(200),
    name varchar(200),
    office varchar(200),
    section varchar(200),
    title varchar(200),
    is_course_counselor boolean,
    email varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.tea_base (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.tea_base FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 代理人名單 (deputies)
CREATE TABLE adm.tea_agent (
    id bigserial PRIMARY KEY,
    staff_no varchar(200),
    agent_staff_no varchar(200),
    agent_order integer,
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.tea_agent (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.tea_agent FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 學生基本資料 (students)
CREATE TABLE adm.stu_base (
    id bigserial PRIMARY KEY,
    stu_no varchar(200),
    idno varchar(20),
    name varchar(200),
    division varchar(200),
    sex varchar(200),
    enter_year smallint,
    status varchar(200),
    parent_name varchar(200),
    parent_tel varchar(200),
    parent_email varchar(200),
    address varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.stu_base (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.stu_base FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 班級 (classes)
CREATE TABLE adm.cls_base (
    id bigserial PRIMARY KEY,
    syear smallint,
    seme integer,
    cls_no varchar(200),
    grade integer,
    division varchar(200),
    cls_name varchar(200),
    tutor_no varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.cls_base (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.cls_base FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 學籍異動 (status_changes)
CREATE TABLE adm.stu_change (
    id bigserial PRIMARY KEY,
    stu_no varchar(200),
    chg_date date,
    chg_kind varchar(200),
    from_cls varchar(200),
    to_cls varchar(200),
    memo varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.stu_change (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.stu_change FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 編班 (class_assignments)
CREATE TABLE adm.stu_class (
    id bigserial PRIMARY KEY,
    syear smallint,
    seme integer,
    stu_no varchar(200),
    cls_no varchar(200),
    seat_no integer,
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.stu_class (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.stu_class FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 開課 (courses)
CREATE TABLE adm.cos_open (
    id bigserial PRIMARY KEY,
    syear smallint,
    seme integer,
    open_no varchar(200),
    cos_code varchar(200),
    subj_name varchar(200),
    credit numeric(9,1),
    grade integer,
    tea_no varchar(200),
    cls_no varchar(200),
    group_name varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.cos_open (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.cos_open FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 修課紀錄 (course_records)
CREATE TABLE adm.cos_score (
    id bigserial PRIMARY KEY,
    syear smallint,
    seme integer,
    open_no varchar(200),
    stu_no varchar(200),
    score numeric(9,1),
    credit_got numeric(9,1),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.cos_score (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.cos_score FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 課程學習成果 (artifacts)
CREATE TABLE adm.lp_cos_result (
    id bigserial PRIMARY KEY,
    result_no varchar(200),
    stu_no varchar(200),
    syear smallint,
    seme integer,
    open_no varchar(200),
    upload_time timestamp(0),
    file_type varchar(200),
    file_kb integer,
    brief varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.lp_cos_result (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.lp_cos_result FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 成果認證 (certifications)
CREATE TABLE adm.lp_cos_verify (
    id bigserial PRIMARY KEY,
    result_no varchar(200),
    verify_time timestamp(0),
    verify_result varchar(200),
    reject_reason varchar(200),
    verify_tea_no varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.lp_cos_verify (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.lp_cos_verify FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 多元表現 (achievements)
CREATE TABLE adm.lp_multi_perf (
    id bigserial PRIMARY KEY,
    perf_no varchar(200),
    stu_no varchar(200),
    syear smallint,
    category varchar(200),
    title varchar(200),
    upload_time timestamp(0),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.lp_multi_perf (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.lp_multi_perf FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 幹部經歷 (cadre_roles)
CREATE TABLE adm.stu_cadre (
    id bigserial PRIMARY KEY,
    rec_no varchar(200),
    stu_no varchar(200),
    syear smallint,
    seme integer,
    cadre_name varchar(200),
    org_name varchar(200),
    key_time timestamp(0),
    key_staff_no varchar(200),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.stu_cadre (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.stu_cadre FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 課程諮詢紀錄 (counseling)
CREATE TABLE adm.lp_consult (
    id bigserial PRIMARY KEY,
    rec_no varchar(200),
    stu_no varchar(200),
    syear smallint,
    seme integer,
    counselor_no varchar(200),
    consult_date date,
    consult_way varchar(200),
    key_time timestamp(0),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.lp_consult (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.lp_consult FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 勾選 (selections)
CREATE TABLE adm.lp_pick (
    id bigserial PRIMARY KEY,
    stu_no varchar(200),
    syear smallint,
    item_kind varchar(200),
    item_no varchar(200),
    pick_time timestamp(0),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.lp_pick (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.lp_pick FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 提交 (submissions)
CREATE TABLE adm.lp_submit (
    id bigserial PRIMARY KEY,
    submit_no varchar(200),
    syear smallint,
    seme integer,
    data_kind varchar(200),
    unit_name varchar(200),
    submit_time timestamp(0),
    submit_staff_no varchar(200),
    row_count integer,
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.lp_submit (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.lp_submit FOR EACH ROW EXECUTE FUNCTION adm.touch();

-- 收訖明細 (receipts)
CREATE TABLE adm.lp_receipt (
    id bigserial PRIMARY KEY,
    receipt_no varchar(200),
    submit_no varchar(200),
    idno varchar(20),
    syear smallint,
    seme integer,
    data_kind varchar(200),
    issue_time timestamp(0),
    confirm_time timestamp(0),
    error_time timestamp(0),
    error_text varchar(200),
    resolve_time timestamp(0),
    upd_time timestamp(6) NOT NULL DEFAULT localtimestamp
);
CREATE INDEX ON adm.lp_receipt (upd_time);
CREATE TRIGGER touch BEFORE UPDATE ON adm.lp_receipt FOR EACH ROW EXECUTE FUNCTION adm.touch();
