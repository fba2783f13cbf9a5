-- The file's records in one pass: DuckDB reads them (CsvLayoutScan has made sure each is one line of {width} fields,
-- no quote, no NUL), numbers them by line (an empty OVER () keeps the file's order: line 2 is the first record), types
-- what the rules of stage_rules.sql accept and marks every other row _rejected for now: RowParser judges those.
INSERT INTO {stg} ({columns})
SELECT _line, _raw, NOT ({ok}), false, {typed}
FROM (
    SELECT _line, {raw} AS _raw, {fields}, {values}
    FROM (SELECT row_number() OVER () + 1 AS _line, *
          FROM read_csv('{path}', header = false, skip = 1, auto_detect = false, delim = ',', quote = '', escape = '',
                        new_line = '{newline}', nullstr = E'\x01', columns = {schema}, max_line_size = 2097152)))
