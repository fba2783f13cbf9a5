-- 行政/訓練: the item is one member, done on the date a person attested (e.g. the day a training was held),
-- counting attestations recorded by the as-of moment.
SELECT $phase_id AS member_id, NULL::VARCHAR AS student_no, NULL::INTEGER AS grade, NULL::VARCHAR AS class_code,
       NULL::INTEGER AS seat_no, NULL::VARCHAR AS tutor_staff_no, NULL::VARCHAR AS teacher_staff_no,
       min(done_on)::TIMESTAMP AS done_at, count(*) AS item_count, NULL::VARCHAR AS detail
FROM metric_attestation
WHERE school_code = $school AND phase_id = $phase_id AND attested_at <= $asof
