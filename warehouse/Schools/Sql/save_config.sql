INSERT INTO school_config
SELECT $code, $name, $source, $yaml, $sha, now()::TIMESTAMP
WHERE NOT EXISTS (
    -- Saving the same file again (every load does) adds no row.
    SELECT 1 FROM school_config c
    WHERE c.school_code = $code
      AND c.saved_at = (SELECT max(saved_at) FROM school_config WHERE school_code = $code)
      AND c.sha256 = $sha
);
