-- Generic: rows with the same key but different values; all of them are rejected, since which one is right is unknown.
-- Keys seen more than once are found first (usually none), so the row hashes are computed only for those.
WITH dup AS (
    SELECT {key} FROM {stg} WHERE NOT _rejected GROUP BY {key} HAVING count(*) > 1),
r AS (
    SELECT s._line, {skey}, hash({scols}) AS h FROM {stg} s
    WHERE NOT s._rejected AND EXISTS (SELECT 1 FROM dup d WHERE {dkeyjoin})),
d AS (
    SELECT {key}, count(*) AS n, string_agg(_line::VARCHAR, '、' ORDER BY _line) AS lines
    FROM r GROUP BY {key} HAVING min(h) <> max(h))
SELECT r._line,
       format('同一筆資料（{}）在檔案中出現 {} 次且內容不同（第 {} 行），請確認哪一筆正確後重新匯出', {keytext}, d.n, d.lines) AS reason
FROM r JOIN d USING ({key})
