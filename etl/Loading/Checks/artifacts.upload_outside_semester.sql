-- A semester's artifacts are uploaded during it or during the following semester's windows (靜心: 110-2 until
-- 111.08.15; 111-1 grade 12 until 112.04.07); anything else is outside every semester the row could belong to.
SELECT s._line,
       format('上傳時間 {} 不在 {} 學期的上傳期間（{} 至次學期結束 {}）內，請確認學年度、學期或上傳時間',
              roc_time(s.uploaded_at), s.semester, roc_date(t.starts_on), roc_date(t.starts_on + INTERVAL 1 YEAR - INTERVAL 1 DAY)) AS reason
FROM stg_artifacts s JOIN term t ON t.semester = s.semester
WHERE NOT s._rejected
  AND (s.uploaded_at::DATE < t.starts_on OR s.uploaded_at::DATE >= t.starts_on + INTERVAL 1 YEAR)
