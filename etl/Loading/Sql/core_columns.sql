-- Every warehouse table's columns and types, read once per load: which columns a merge copies, what a number must fit.
SELECT table_name, column_name, data_type, numeric_precision, numeric_scale FROM information_schema.columns
WHERE table_schema = 'main'
