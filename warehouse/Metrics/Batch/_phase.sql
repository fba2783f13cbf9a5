({phase_index}, CAST($phase_id AS VARCHAR), CAST($end AS TIMESTAMP), CAST($kind AS VARCHAR))
