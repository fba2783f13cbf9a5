-- The schools a warehouse holds: each school's latest stored configuration (school_config), and any school the
-- loads wrote (school) without one.
WITH latest AS (
    SELECT school_code, school_name, yaml, sha256
    FROM school_config
    QUALIFY row_number() OVER (PARTITION BY school_code ORDER BY saved_at DESC) = 1
),
loaded AS (
    SELECT school_code, any_value(name) AS name
    FROM school
    WHERE deleted_at IS NULL
    GROUP BY school_code
)
SELECT coalesce(l.school_code, s.school_code) AS school_code,
       coalesce(nullif(l.school_name, ''), s.name, '') AS school_name,
       l.yaml, l.sha256
FROM latest l FULL JOIN loaded s ON s.school_code = l.school_code
ORDER BY school_code;
