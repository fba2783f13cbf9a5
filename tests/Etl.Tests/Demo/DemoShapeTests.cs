using System.Globalization;
using System.Text.Json;
using PortfolioAnalytics.Warehouse.Calendar;
using PortfolioAnalytics.Warehouse.People;
using PortfolioAnalytics.Warehouse.Schools;

namespace PortfolioAnalytics.Etl.Tests.Demo;

[Collection(DemoSchoolCollection.Name)]
public sealed class DemoShapeTests(DemoSchoolFixture demo)
{
    private DemoExport Export => demo.Export;

    [Fact]
    public void The_default_school_has_about_1200_students_36_classes_and_90_staff()
    {
        demo.Summary.Students.Should().Be(1200);
        Export.Rows("學生基本資料.csv").Select(r => r["學號"]).Distinct().Should().HaveCount(1200);
        demo.Summary.Classes.Should().Be(36);
        var classes111 = Export.Rows("班級.csv").Where(r => r["學年度"] == "111" && r["學期"] == "1").ToList();
        classes111.Should().HaveCount(36);
        classes111.GroupBy(r => r["年級"]).Select(g => g.Count()).Should().Equal(12, 12, 12);
        Export.Rows("教職員.csv").Should().HaveCount(demo.Summary.Staff).And.HaveCountGreaterThan(80).And.HaveCountLessThan(100);
    }

    [Fact]
    public void Every_class_has_a_tutor_and_every_course_a_teacher_from_the_staff_list()
    {
        var staff = Export.Rows("教職員.csv").Select(r => r["教職員編號"]).ToHashSet();
        Export.Rows("班級.csv").Should().OnlyContain(r => staff.Contains(r["導師編號"]));
        Export.Rows("開課.csv").Should().OnlyContain(r => staff.Contains(r["授課教師編號"]) && r["課程代碼"].Length == 23);
        Export.Rows("教職員.csv").Select(r => r["處室"]).Should().Contain(["教務處", "學務處", "輔導中心", "專任教師"]);
        Export.Rows("教職員.csv").Select(r => r["組別"]).Should().Contain(["註冊組", "教學組", "實研組", "訓育組", "生輔組", "圖資組"]);
        Export.Rows("教職員.csv").Count(r => r["課程諮詢教師"] == "是").Should().BeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void National_ids_are_valid_except_the_one_deliberately_bad()
    {
        var invalid = Export.Rows("學生基本資料.csv").Where(r => !NationalId.IsValid(r["身分證號"])).ToList();
        invalid.Should().ContainSingle();
        NationalId.Validate(invalid[0]["身分證號"]).Should().Be("身分證號檢查碼錯誤");
        Export.Rows("收訖明細.csv").Should().OnlyContain(r => NationalId.IsValid(r["身分證號"]));
    }

    [Fact]
    public void The_manifest_names_the_school_the_moment_and_all_sixteen_kinds_as_full_snapshots()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Export.Dir, "manifest.json")));
        json.RootElement.GetProperty("school_code").GetString().Should().Be(SchoolCatalog.Load("jingxin").Code);
        RocDate.ParseDateTime(json.RootElement.GetProperty("exported_at").GetString()!).Should().Be(new DateTime(2023, 5, 20, 6, 0, 0));
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("kind").GetString()).Should().BeEquivalentTo(
            "students", "status_changes", "staff", "deputies", "classes", "class_assignments", "courses", "course_records",
            "artifacts", "certifications", "achievements", "cadre_roles", "counseling", "selections", "submissions", "receipts");
        files.Should().OnlyContain(f => f.GetProperty("mode").GetString() == "full"
                                        && File.Exists(Path.Combine(Export.Dir, f.GetProperty("file").GetString()!)));
        demo.Summary.RowsPerKind.Should().OnlyContain(k => k.Value > 0);
    }

    [Fact]
    public void Every_kind_has_a_realistic_amount_of_activity()
    {
        var rows = demo.Summary.RowsPerKind;
        rows["artifacts"].Should().BeInRange(4000, 9000);
        rows["certifications"].Should().BeInRange(3500, rows["artifacts"]);
        rows["achievements"].Should().BeInRange(1500, 6000);
        rows["counseling"].Should().BeGreaterThan(1200);
        rows["selections"].Should().BeGreaterThan(1000);
        rows["receipts"].Should().BeGreaterThan(1000);
        rows["cadre_roles"].Should().BeGreaterThan(36 * 8);
        Export.Rows("多元表現.csv").Select(r => r["類別"]).Distinct().Should().HaveCountGreaterThan(6);
    }

    [Fact]
    public void Dates_parse_and_nothing_happens_after_the_export_except_the_typo()
    {
        var exportedAt = demo.Summary.ExportedAt;
        var columns = new (string File, string Column)[]
        {
            ("課程學習成果.csv", "上傳時間"), ("成果認證.csv", "認證時間"), ("多元表現.csv", "上傳時間"), ("勾選.csv", "勾選時間"),
            ("提交.csv", "提交時間"), ("收訖明細.csv", "確認時間"), ("收訖明細.csv", "提報錯誤時間"), ("收訖明細.csv", "錯誤處理完成時間"),
            ("課程諮詢紀錄.csv", "登錄時間"), ("課程諮詢紀錄.csv", "諮詢日期"), ("幹部經歷.csv", "登錄時間"), ("學籍異動.csv", "異動日期"),
        };
        var failures = new List<string>();
        foreach (var (file, column) in columns)
            foreach (var value in Export.Rows(file).Select(r => r[column]).Where(v => v.Length > 0))
                if (!RocDate.TryParseDateTime(value, out var t, out _) || t > exportedAt) failures.Add($"{file} {column} {value}");
        failures.Should().ContainSingle().Which.Should().Contain("..");
    }

    [Fact]
    public void Descriptions_file_types_and_sizes_respect_the_upload_rules()
    {
        Export.Rows("課程學習成果.csv").Where(r => !Allowed(r)).Should().BeEmpty();
    }

    private static bool Allowed(Dictionary<string, string> r) =>
        r["簡述"].Length <= 100
        && (r["檔案類型"] is "pdf" or "jpg" or "png" ? int.Parse(r["檔案大小KB"], CultureInfo.InvariantCulture) <= 4096 : int.Parse(r["檔案大小KB"], CultureInfo.InvariantCulture) <= 10240);
}
