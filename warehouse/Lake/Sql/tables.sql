-- The warehouse's tables with what decides their lake partitions: school_code (school=), and the first of
-- academic_year, semester or a DATE/TIMESTAMP column (year=, the 學年度).
SELECT table_name,
       bool_or(column_name = 'school_code') AS has_school,
       bool_or(column_name = 'academic_year') AS has_academic_year,
       bool_or(column_name = 'semester') AS has_semester,
       list(column_name ORDER BY ordinal_position) FILTER (WHERE data_type IN ('DATE', 'TIMESTAMP')) AS dates
FROM information_schema.columns
WHERE table_schema = 'main' AND table_catalog = current_database()
GROUP BY table_name
ORDER BY table_name;
