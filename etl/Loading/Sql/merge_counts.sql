-- Over the pairing (merge_match.sql): rows brought, to insert, to update; and key_unique over the keys this load
-- brought — the rows each such key has after the merge (core rows already holding it plus the rows inserted for it).
WITH pairs AS (
{pairing}
),
per_key AS (
    SELECT count(DISTINCT _line) AS brought, count(*) FILTER (WHERE core_id IS NULL) AS inserts,
           count(*) FILTER (WHERE core_id IS NOT NULL AND changed) AS updates,
           count(DISTINCT core_id) + count(*) FILTER (WHERE core_id IS NULL) AS n
    FROM pairs GROUP BY {key})
SELECT coalesce(sum(brought), 0)::BIGINT AS brought, coalesce(sum(inserts), 0)::BIGINT AS inserts,
       coalesce(sum(updates), 0)::BIGINT AS updates, coalesce(sum(n), 0)::BIGINT AS key_rows,
       coalesce(sum(n) FILTER (WHERE n > 1), 0)::BIGINT AS key_repeated
FROM per_key
