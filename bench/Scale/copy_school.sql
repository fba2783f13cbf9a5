-- The school's rows of {table} again under $copies other school codes (9xxxxx), one school after the other, as
-- separate loads of separate schools would append them.
INSERT INTO {table}
SELECT t.* REPLACE (printf('9%05d', c.n) AS school_code)
FROM range(1, $copies + 1) c(n), (SELECT * FROM {table} WHERE school_code = $school) t
ORDER BY c.n
