-- A kind's rows the warehouse holds for the school (a full pull returning none of them is a fault, not a mass deletion).
SELECT count(*) FROM {core} WHERE school_code = $school AND deleted_at IS NULL
