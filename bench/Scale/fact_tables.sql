-- The tables holding a school's data (not the load log), and whether each has a semester to sort by.
SELECT table_name, bool_or(column_name = 'semester') AS has_semester
FROM information_schema.columns
WHERE table_schema = 'main' AND table_name NOT LIKE 'etl\_%' ESCAPE '\' AND table_name NOT LIKE 'job\_%' ESCAPE '\'
GROUP BY table_name
HAVING bool_or(column_name = 'school_code')
ORDER BY table_name
