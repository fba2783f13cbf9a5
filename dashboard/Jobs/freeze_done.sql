SELECT DISTINCT phase_id FROM completion_freeze WHERE school_code = $school_code
