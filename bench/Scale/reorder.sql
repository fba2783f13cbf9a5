-- {table} rewritten in another row order ({order}): the layout whose zone maps the next timings read.
CREATE OR REPLACE TABLE {table} AS SELECT * FROM {table} ORDER BY {order}
