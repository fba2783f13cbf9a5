SELECT DISTINCT semester FROM school_class WHERE deleted_at IS NULL
