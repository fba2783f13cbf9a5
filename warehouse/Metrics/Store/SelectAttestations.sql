-- The attestations of the given phases ($phase_ids, newline-separated) or of phase ids starting with "111-1.".
SELECT phase_id, done_on, note, attendance_count, evidence_url, attested_by, attested_at
FROM metric_attestation
WHERE school_code = $school
  AND (list_contains(string_split($phase_ids, chr(10)), phase_id) OR starts_with(phase_id, $prefix))
ORDER BY attested_at, phase_id
