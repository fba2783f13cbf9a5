-- Generic: rows with the same key but different values; all of them are rejected, since which one is right is unknown.
SELECT s._line,
       format('同一筆資料（{}）在檔案中出現 {} 次且內容不同（第 {} 行），請確認哪一筆正確後重新匯出', {keytext}, d.n, d.lines) AS reason
FROM {stg} s
JOIN (SELECT {key}, count(*) AS n, string_agg(_line::VARCHAR, '、' ORDER BY _line) AS lines
      FROM {stg} WHERE NOT _rejected
      GROUP BY {key} HAVING count(DISTINCT hash({cols})) > 1) d USING ({key})
WHERE NOT s._rejected
