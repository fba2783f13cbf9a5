-- The rows the SQL rules left to RowParser leave the staging table for RowParser to judge and append again.
CREATE OR REPLACE TEMP TABLE stg_odd AS SELECT _line, _raw FROM {stg} WHERE _rejected ORDER BY _line;
DELETE FROM {stg} WHERE _rejected;
