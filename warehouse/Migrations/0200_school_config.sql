-- The school configuration each load used, as the YAML text it was read from, so commands given only --warehouse
-- (completion, report, serve) apply the same rules. The latest row per school wins; older rows are the history.
CREATE TABLE school_config (
    school_code  VARCHAR,
    school_name  VARCHAR,
    source_name  VARCHAR,     -- shipped name (jingxin.yaml) or the file name the load was given
    yaml         VARCHAR,
    sha256       VARCHAR,
    saved_at     TIMESTAMP
);
