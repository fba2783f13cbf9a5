-- Rejected rows of this school's loads: their raw text may be a leaver's row (matched in C#, token by token).
SELECT r.rowid, r.raw
FROM etl_reject r JOIN etl_load l ON l.load_id = r.load_id
WHERE l.school_code = $school_code AND r.raw IS NOT NULL
