-- The school's own row, from its configuration.
UPDATE school SET name = $name, load_id = (SELECT load_id FROM load_ctx), row_hash = hash($name)
WHERE school_code = (SELECT school_code FROM load_ctx) AND name IS DISTINCT FROM $name;
INSERT INTO school SELECT school_code, $name, load_id, hash($name), NULL FROM load_ctx
WHERE NOT EXISTS (SELECT 1 FROM school WHERE school_code = (SELECT school_code FROM load_ctx));
