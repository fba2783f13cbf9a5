-- One row per record kind a database pull read, written in the load's own transaction: the watermark only advances
-- when the load commits. The current watermark of a kind is watermark_to of its newest row.
CREATE TABLE etl_pull (
    load_id          BIGINT,
    school_code      VARCHAR,
    source           VARCHAR,   -- e.g. 'postgres://127.0.0.1:5432/admin' (never credentials)
    kind             VARCHAR,
    mode             VARCHAR,   -- 'full' (reconcile: rows missing are marked deleted) | 'incremental'
    watermark_column VARCHAR,
    watermark_type   VARCHAR,   -- 'timestamp' | 'timestamptz' | 'id'
    watermark_from   VARCHAR,   -- rows newer than this were asked for (after the overlap); NULL for full
    watermark_to     VARCHAR,   -- the newest value read (or watermark_from when nothing new)
    rows_read        BIGINT,
    pulled_at        TIMESTAMP
);
