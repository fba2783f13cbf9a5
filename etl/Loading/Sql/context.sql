-- The load's context, read by every check and merge statement of this load.
CREATE OR REPLACE TEMP TABLE load_ctx AS
SELECT $school::VARCHAR AS school_code, $load::BIGINT AS load_id, $exported::TIMESTAMP AS exported_at;
CREATE OR REPLACE TEMP MACRO roc_date(d) AS
    (year(d) - 1911)::VARCHAR || '.' || lpad(month(d)::VARCHAR, 2, '0') || '.' || lpad(day(d)::VARCHAR, 2, '0');
CREATE OR REPLACE TEMP MACRO roc_time(t) AS roc_date(t) || ' ' || strftime(t, '%H:%M');
CREATE OR REPLACE TEMP TABLE cfg_deputy (staff_no VARCHAR, deputy_staff_no VARCHAR);
