SELECT en.student_no, en.grade, en.class_code, en.seat_no, en.tutor_staff_no, en.status
FROM enrolled en WHERE en.school = $school AND en.pop_date = $pop_date AND en."asof" = $asof
