-- Over the pairing (merge_match.sql, or merge_src once kept): rows brought, to insert, to update; and key_unique over
-- the keys this load brought — the rows each such key has after the merge (core rows already holding it plus the
-- rows inserted for it). Staged keys are unique after the duplicate checks, so plain counts suffice; were a key staged
-- twice anyway, its pairs would count more than one row and still fail key_unique.
WITH pairs AS (
{pairing}
),
per_key AS (
    SELECT count(*) FILTER (WHERE core_id IS NULL) AS inserts,
           count(*) FILTER (WHERE core_id IS NOT NULL AND changed) AS updates,
           count(core_id) + count(*) FILTER (WHERE core_id IS NULL) AS n
    FROM pairs GROUP BY {key})
SELECT (SELECT count(*) FROM {stg} WHERE NOT _rejected AND NOT _duplicate)::BIGINT AS brought,
       coalesce(sum(inserts), 0)::BIGINT AS inserts, coalesce(sum(updates), 0)::BIGINT AS updates,
       coalesce(sum(n), 0)::BIGINT AS key_rows, coalesce(sum(n) FILTER (WHERE n > 1), 0)::BIGINT AS key_repeated
FROM per_key
