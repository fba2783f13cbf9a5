INSERT INTO metric_attestation (school_code, phase_id, done_on, note, attendance_count, evidence_url, attested_by, attested_at)
VALUES ($school, $phase_id, $done_on, $note, CAST($attendance AS INTEGER), CAST($evidence AS VARCHAR), $by, $at)
