-- Generic, informational: a row identical to an earlier one is loaded once.
SELECT _line, format('與第 {} 行完全相同，只載入一次', first_line) AS reason
FROM (SELECT _line, min(_line) OVER (PARTITION BY {cols}) AS first_line FROM {stg} WHERE NOT _rejected)
WHERE _line <> first_line
