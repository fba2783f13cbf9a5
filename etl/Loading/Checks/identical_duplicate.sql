-- Generic, informational: a row identical to an earlier one is loaded once (it is marked _duplicate, not rejected).
-- Runs after duplicate_conflict, so rows still sharing a key are identical.
WITH dup AS (
    SELECT {key}, min(_line) AS first_line FROM {stg} WHERE NOT _rejected GROUP BY {key} HAVING count(*) > 1)
SELECT s._line, format('與第 {} 行完全相同，只載入一次', d.first_line) AS reason
FROM {stg} s JOIN dup d ON {dkeyjoin}
WHERE NOT s._rejected AND s._line <> d.first_line
