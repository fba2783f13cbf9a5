SELECT s._line, format('學號 {} 勾選的{} {} 不存在或不屬於該生，請確認項目編號', s.student_no,
                       CASE s.item_kind WHEN 'artifact' THEN '課程學習成果' ELSE '多元表現' END, s.item_id) AS reason
FROM stg_selections s
WHERE NOT s._rejected
  AND NOT (s.item_kind = 'artifact' AND EXISTS (SELECT 1 FROM known_artifact a WHERE a.artifact_id = s.item_id AND a.student_no = s.student_no))
  AND NOT (s.item_kind = 'achievement' AND EXISTS (SELECT 1 FROM known_achievement a WHERE a.achievement_id = s.item_id AND a.student_no = s.student_no))
