-- The typing rules of RowParser for the values it accepts in their plainest form, as macros over one field's text.
-- A field these rules do not accept is not judged here: its row goes to RowParser, which gives the value or the reject.

-- A character RowParser trims or questions anywhere on the line (control, private use, U+FFFD; spaces at a field's edge).
CREATE OR REPLACE TEMP MACRO pa_line_plain(line) AS
    NOT regexp_matches(line, '[\x00-\x1F\x7F-\x9F\x{E000}-\x{F8FF}\x{FFFD}]|(^|,)[ \x{3000}\x{FEFF}\x{00A0}]|[ \x{3000}\x{FEFF}\x{00A0}]($|,)');

-- 111.09.16, 111/09/16, 111-09-16 (ROC, 民國 100–199), 1110916 or 2022-09-16 (1912–2099), one separator throughout,
-- rewritten as ISO text for DuckDB's own cast (which refuses a day the month does not have, as RowParser does).
CREATE OR REPLACE TEMP MACRO pa_iso_date(v) AS CASE
    WHEN regexp_full_match(v, '1[0-9][0-9](/[0-9]{1,2}/|-[0-9]{1,2}-|\.[0-9]{1,2}\.)[0-9]{1,2}')
        THEN (left(v, 3)::INTEGER + 1911)::VARCHAR || replace(replace(v[4:], '/', '-'), '.', '-')
    WHEN regexp_full_match(v, '(19[1-9][0-9]|20[0-9][0-9])(/[0-9]{1,2}/|-[0-9]{1,2}-|\.[0-9]{1,2}\.)[0-9]{1,2}') AND v >= '1912'
        THEN replace(replace(v, '/', '-'), '.', '-')
    WHEN regexp_full_match(v, '1[0-9]{6}')
        THEN (left(v, 3)::INTEGER + 1911)::VARCHAR || '-' || v[4:5] || '-' || v[6:7]
END;

CREATE OR REPLACE TEMP MACRO pa_date(v) AS TRY_CAST(pa_iso_date(v) AS DATE);

-- Such a date, then one space or T and a time (0–23 hours, to the minute or second); or the date alone (00:00).
CREATE OR REPLACE TEMP MACRO pa_timestamp(v) AS CASE
    WHEN regexp_full_match(v, '1[0-9][0-9](/[0-9]{1,2}/|-[0-9]{1,2}-|\.[0-9]{1,2}\.)[0-9]{1,2}[ T]([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?')
        THEN TRY_CAST((left(v, 3)::INTEGER + 1911)::VARCHAR || replace(replace(replace(v[4:], '/', '-'), '.', '-'), 'T', ' ') AS TIMESTAMP)
    WHEN NOT contains(v, ' ') AND NOT contains(v, 'T') THEN TRY_CAST(pa_iso_date(v) AS TIMESTAMP)
    WHEN regexp_full_match(v, '(19[1-9][0-9]|20[0-9][0-9])(/[0-9]{1,2}/|-[0-9]{1,2}-|\.[0-9]{1,2}\.)[0-9]{1,2}[ T]([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?') AND v >= '1912'
        THEN TRY_CAST(replace(replace(replace(v, '/', '-'), '.', '-'), 'T', ' ') AS TIMESTAMP)
END;

-- 身分證號 in upper case with a valid check digit (NationalId.Validate).
CREATE OR REPLACE TEMP MACRO pa_area(v) AS instr('ABCDEFGHJKLMNPQRSTUVXYWZIO', v[1]) + 9;
CREATE OR REPLACE TEMP MACRO pa_national_id_ok(v) AS regexp_full_match(v, '[A-Z][1289][0-9]{8}')
    AND (pa_area(v) // 10 + pa_area(v) % 10 * 9 + v[2]::INTEGER * 8 + v[3]::INTEGER * 7 + v[4]::INTEGER * 6 + v[5]::INTEGER * 5
         + v[6]::INTEGER * 4 + v[7]::INTEGER * 3 + v[8]::INTEGER * 2 + v[9]::INTEGER + v[10]::INTEGER) % 10 = 0;
