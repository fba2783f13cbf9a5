-- The types of a core table's columns: what a number must fit to be stored exactly.
SELECT column_name, data_type, numeric_precision, numeric_scale FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = $t
