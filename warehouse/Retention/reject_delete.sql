DELETE FROM etl_reject WHERE rowid = $row
