-- Metrics state that is not loaded from exports: exemptions, attestations and frozen deadline snapshots.
-- Written by people (exempt, attest) or by the deadline job (freeze); never touched by a load.

-- 免除: the student leaves the phase's population (phase_id NULL = every phase) from recorded_at on.
CREATE TABLE metric_exemption (
    school_code VARCHAR, student_no VARCHAR, phase_id VARCHAR,
    reason VARCHAR, recorded_by VARCHAR, recorded_at TIMESTAMP
);

-- A manually attested checklist item or unit task (a training held): what was done when, with evidence.
CREATE TABLE metric_attestation (
    school_code VARCHAR, phase_id VARCHAR,
    done_on DATE, note VARCHAR, attendance_count INTEGER, evidence_url VARCHAR,
    attested_by VARCHAR, attested_at TIMESTAMP
);

-- Completion of a phase as it stood at its deadline: one row per population member. Once written it is never
-- rewritten, so a later catch-up shows as late and later data corrections do not change history.
CREATE TABLE metric_snapshot (
    school_code VARCHAR, phase_id VARCHAR, deadline TIMESTAMP, frozen_at TIMESTAMP,
    member_id VARCHAR, student_no VARCHAR, grade INTEGER, class_code VARCHAR, seat_no INTEGER,
    tutor_staff_no VARCHAR, teacher_staff_no VARCHAR,
    done_at TIMESTAMP, item_count BIGINT, detail VARCHAR
);
