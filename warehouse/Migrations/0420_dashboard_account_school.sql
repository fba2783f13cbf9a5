-- Accounts carry a school: a warehouse may hold many schools, and a school's accounts see only their own.
-- NULL for the bureau (教育局) and for administrators, who choose a school by drill-down.
ALTER TABLE dashboard_account ADD COLUMN school_code VARCHAR;
-- Accounts made before this migration belong to the warehouse's one school, when it holds exactly one.
UPDATE dashboard_account SET school_code = (SELECT min(school_code) FROM school_config)
WHERE role NOT IN ('Admin', 'Bureau') AND (SELECT count(DISTINCT school_code) FROM school_config) = 1;
