-- What a school's BI set-up would add to its admin database for this question: each table's lookup keys.
CREATE INDEX IF NOT EXISTS peer_stu_class ON adm.stu_class (syear, seme, stu_no) INCLUDE (cls_no);
CREATE INDEX IF NOT EXISTS peer_stu_change ON adm.stu_change (stu_no, chg_date) INCLUDE (chg_kind, to_cls);
CREATE INDEX IF NOT EXISTS peer_cls_base ON adm.cls_base (syear, seme, cls_no) INCLUDE (grade, tutor_no);
CREATE INDEX IF NOT EXISTS peer_lp_cos_result ON adm.lp_cos_result (syear, seme, stu_no) INCLUDE (upload_time);
ANALYZE adm.stu_class;
ANALYZE adm.stu_change;
ANALYZE adm.cls_base;
ANALYZE adm.lp_cos_result;
