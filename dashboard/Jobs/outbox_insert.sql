INSERT INTO outbox_message VALUES
    ($run_id, $recipient, $email, $subject, $file_path, $students, $now, $sent_at, $error)
