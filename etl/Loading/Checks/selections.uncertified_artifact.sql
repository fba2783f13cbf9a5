SELECT _line, format('學號 {} 勾選的課程學習成果 {} 尚未認證通過（只有認證通過的成果可勾選）', student_no, item_id) AS reason
FROM stg_selections
WHERE NOT _rejected AND item_kind = 'artifact' AND item_id NOT IN (SELECT artifact_id FROM known_certified)
