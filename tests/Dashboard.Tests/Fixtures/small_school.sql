-- A small hand-built school for the dashboard tests: 111-1, three classes, six students, one class change,
-- one transfer out, two course teachers, one load with rejects.
INSERT INTO school VALUES ('413301', '測試高級中學', 1, 0, NULL);

INSERT INTO staff VALUES
 ('413301', 'T101', '王導師', '學務處', NULL, '教師', false, 't101@school.test', 1, 0, NULL),
 ('413301', 'T102', '李導師', '學務處', NULL, '教師', false, 't102@school.test', 1, 0, NULL),
 ('413301', 'T201', '陳導師', '學務處', NULL, '教師', false, 't201@school.test', 1, 0, NULL),
 ('413301', 'T900', '林老師', '教務處', NULL, '教師', false, 't900@school.test', 1, 0, NULL),
 ('413301', 'T901', '張老師', '教務處', NULL, '教師', false, 't901@school.test', 1, 0, NULL);

INSERT INTO school_class VALUES
 ('413301', '111-1', '101', 10, '日間部', '一年一班', 'T101', 1, 0, NULL),
 ('413301', '111-1', '102', 10, '日間部', '一年二班', 'T102', 1, 0, NULL),
 ('413301', '111-1', '201', 11, '日間部', '二年一班', 'T201', 1, 0, NULL);

INSERT INTO student VALUES
 ('413301', 'S001', 'A123456789', '甲生', '日間部', '男', 111, '甲家長', '0900000001', NULL, '臺北市', '在學', 1, 0, NULL),
 ('413301', 'S002', 'B223456780', '乙生', '日間部', '女', 111, '乙家長', '0900000002', NULL, '臺北市', '在學', 1, 0, NULL),
 ('413301', 'S003', 'C123456781', '丙生', '日間部', '男', 111, '丙家長', '0900000003', NULL, '臺北市', '在學', 1, 0, NULL),
 ('413301', 'S004', 'D223456782', '丁生', '日間部', '女', 111, '丁家長', '0900000004', NULL, '臺北市', '在學', 1, 0, NULL),
 ('413301', 'S005', 'E123456783', '戊生', '日間部', '男', 110, '戊家長', '0900000005', NULL, '臺北市', '在學', 1, 0, NULL),
 ('413301', 'S006', 'F223456784', '己生', '日間部', '女', 111, '己家長', '0900000006', NULL, '臺北市', '轉出', 1, 0, NULL);

INSERT INTO class_assignment VALUES
 ('413301', '111-1', 'S001', '101', 1, 1, 0, NULL),
 ('413301', '111-1', 'S002', '101', 2, 1, 0, NULL),
 ('413301', '111-1', 'S003', '102', 1, 1, 0, NULL),
 ('413301', '111-1', 'S004', '102', 2, 1, 0, NULL),
 ('413301', '111-1', 'S005', '201', 1, 1, 0, NULL),
 ('413301', '111-1', 'S006', '101', 3, 1, 0, NULL);

INSERT INTO enrolment_change VALUES
 ('413301', 'S004', DATE '2022-11-01', '轉班', '101', '102', NULL, 1, 0, NULL),
 ('413301', 'S006', DATE '2022-10-15', '轉出', '101', NULL, NULL, 1, 0, NULL);

-- S004 was in 101 until 2022-10-31, then in 102; S006 left 101 on 2022-10-15.
INSERT INTO student_enrolment VALUES
 ('413301', 'S001', '111-1', '101', 10, 1, '在學', DATE '2022-08-01', NULL),
 ('413301', 'S002', '111-1', '101', 10, 2, '在學', DATE '2022-08-01', NULL),
 ('413301', 'S003', '111-1', '102', 10, 1, '在學', DATE '2022-08-01', NULL),
 ('413301', 'S004', '111-1', '101', 10, 4, '在學', DATE '2022-08-01', DATE '2022-10-31'),
 ('413301', 'S004', '111-1', '102', 10, 2, '在學', DATE '2022-11-01', NULL),
 ('413301', 'S005', '111-1', '201', 11, 1, '在學', DATE '2022-08-01', NULL),
 ('413301', 'S006', '111-1', '101', 10, 3, '在學', DATE '2022-08-01', DATE '2022-10-14'),
 ('413301', 'S006', '111-1', NULL, 10, NULL, '轉出', DATE '2022-10-15', NULL);

INSERT INTO course VALUES
 ('413301', '111-1', 'C1', '111413301H11101A1000000', '數學', 4, 10, 'T900', '101', NULL, 1, 0, NULL),
 ('413301', '111-1', 'C2', '111413301H11101A1000001', '國語文', 4, 10, 'T901', '102', NULL, 1, 0, NULL);

INSERT INTO course_artifact VALUES
 ('413301', 'A1', 'S001', '111-1', 'C1', TIMESTAMP '2022-12-01 10:00:00', 'pdf', 1000, '數學報告', 1, 0, NULL),
 ('413301', 'A2', 'S002', '111-1', 'C1', TIMESTAMP '2022-12-02 10:00:00', 'pdf', 1000, '數學報告', 1, 0, NULL),
 ('413301', 'A3', 'S003', '111-1', 'C2', TIMESTAMP '2022-12-03 10:00:00', 'pdf', 1000, '作文', 1, 0, NULL);

INSERT INTO etl_load VALUES
 (1, '413301', 'export-folder:/exports/2022-12-14', TIMESTAMP '2022-12-14 01:00:00', TIMESTAMP '2022-12-14 02:00:00',
  TIMESTAMP '2022-12-14 02:00:09', 'succeeded', NULL);
INSERT INTO etl_load_file VALUES
 (1, 'students', 'students.csv', 'abc', 'full', 'utf-8', 7, 6, 0, 0, 0, 1, 'loaded', NULL);
INSERT INTO etl_reject VALUES
 (1, 'students', 'students.csv', 8, '身分證號', 'bad_national_id', '身分證號檢查碼錯誤，請至校務行政系統更正', 'S007,A123456788,庚生,日間部');
