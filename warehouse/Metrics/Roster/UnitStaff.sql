-- The staff of a 處室/組, heads first: the people an award for the unit's work names.
SELECT name
FROM staff
WHERE school_code = $school
  AND deleted_at IS NULL
  AND (section = $unit OR (section IS NULL AND office = $unit) OR office || section = $unit)
ORDER BY CASE WHEN title LIKE '%組長%' OR title LIKE '%主任%' THEN 0 ELSE 1 END, staff_no;
