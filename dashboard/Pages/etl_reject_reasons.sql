SELECT reason_code, any_value(reason) AS reason, count(*) AS n, string_agg(DISTINCT kind, '、') AS kinds
FROM etl_reject
WHERE load_id = $load_id
GROUP BY reason_code
ORDER BY n DESC, reason_code
