-- The newest export already loaded for this school.
SELECT max(exported_at) FROM etl_load WHERE school_code = $school AND status IN ('succeeded', 'partial')
