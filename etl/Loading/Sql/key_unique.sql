-- After the merge: the core table holds each natural key of the school once (there is no primary key to enforce it).
SELECT coalesce(sum(n), 0)::BIGINT, coalesce(sum(n) FILTER (WHERE n > 1), 0)::BIGINT
FROM (SELECT count(*) AS n FROM {core} WHERE school_code = $school GROUP BY {key})
