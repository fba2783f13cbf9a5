-- From the pairing: rows brought, to insert, to update; and key_unique over the keys this load brought — the rows each
-- such key will have after the merge (core rows already holding it, plus the rows inserted for it) must be one.
WITH per_key AS (
    SELECT count(DISTINCT core_id) + count(*) FILTER (WHERE core_id IS NULL) AS n FROM merge_src GROUP BY {key})
SELECT (SELECT count(DISTINCT _line) FROM merge_src),
       (SELECT count(*) FROM merge_src WHERE core_id IS NULL),
       (SELECT count(*) FROM merge_src WHERE core_id IS NOT NULL AND changed),
       coalesce(sum(n), 0)::BIGINT, coalesce(sum(n) FILTER (WHERE n > 1), 0)::BIGINT
FROM per_key
