UPDATE stg_receipts s SET student_no = k.student_no FROM known_student k WHERE k.national_id = s.national_id
