-- The students of the target grades enrolled (在學) at $pop_date (Kinds/_enrolled.sql).
SELECT e.student_no, e.grade, e.class_code, e.seat_no, e.tutor_staff_no
FROM ({enrolled}) e
WHERE e.status = '在學' AND list_contains(string_split($grades, ',')::INTEGER[], e.grade)
