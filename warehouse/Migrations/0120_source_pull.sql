-- One row per record kind a database pull read, written in the load's own transaction: the watermark only advances
-- when the load commits. The next pull of a kind asks for rows past resume_after of its newest row.
CREATE TABLE etl_pull (
    load_id          BIGINT,
    school_code      VARCHAR,
    source           VARCHAR,   -- e.g. 'postgres://127.0.0.1:5432/admin' (never credentials)
    kind             VARCHAR,
    mode             VARCHAR,   -- 'full' (reconcile: rows missing are marked deleted) | 'incremental'
    watermark_column VARCHAR,
    watermark_type   VARCHAR,   -- 'timestamp' | 'timestamptz' | 'id'
    watermark_from   VARCHAR,   -- rows past this were asked for; NULL for full
    watermark_to     VARCHAR,   -- the newest value read so far
    resume_after     VARCHAR,   -- where the next pull starts: watermark_to, but no later than the source's clock at
                                -- this pull less the overlap (rows stamped before it and committed after it)
    rows_read        BIGINT,
    pulled_at        TIMESTAMP
);
