SELECT DISTINCT semester FROM school_class WHERE school_code = $school AND deleted_at IS NULL
