-- The keys staged more than once (not rejected): without any, neither duplicate check can fail.
SELECT {key} FROM {stg} WHERE NOT _rejected GROUP BY {key} HAVING count(*) > 1
