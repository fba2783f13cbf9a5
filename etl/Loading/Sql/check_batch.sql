-- A kind's pending checks in ONE statement over its staged rows as they are now: per check (its position i) how many
-- rows fail, the first failing line and its reason; i = -1 counts the rows checked (those not rejected).
WITH {ctes}
SELECT -1 AS i, count(*) AS failing, NULL::BIGINT AS line, NULL::VARCHAR AS reason FROM {stg} WHERE NOT _rejected
{parts}
