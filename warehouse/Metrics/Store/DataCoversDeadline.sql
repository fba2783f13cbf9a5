-- Has a load brought an export taken after the deadline?
SELECT coalesce(max(exported_at) >= $end, false)
FROM etl_load
WHERE school_code = $school AND status IN ('succeeded', 'partial')
