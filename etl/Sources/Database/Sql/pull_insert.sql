INSERT INTO etl_pull VALUES ($load, $school, $source, $kind, $mode, $column, $type, $from, $to, $resume, $rows, $pulled)
