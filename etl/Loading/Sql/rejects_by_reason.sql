-- A load's rejected rows counted per reason, most first.
SELECT reason_code, count(*) FROM etl_reject WHERE load_id = $id GROUP BY reason_code ORDER BY 2 DESC, 1
