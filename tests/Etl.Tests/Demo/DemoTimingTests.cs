using PortfolioAnalytics.Warehouse.Calendar;

namespace PortfolioAnalytics.Etl.Tests.Demo;

/// <summary>The demo follows 靜心's 111 schedule: bunching before deadlines, stragglers, students who never upload, slow teachers.</summary>
[Collection(DemoSchoolCollection.Name)]
public sealed class DemoTimingTests(DemoSchoolFixture demo)
{
    private DemoExport Export => demo.Export;

    private static DateTime At(string roc) => RocDate.ParseDateTime(roc);

    /// <summary>111-1 uploads: 靜心's 111-1 table sets 112.02.03 for every grade.</summary>
    private List<(string Student, DateTime Uploaded, string Id)> Uploads1111() =>
        Export.Rows("課程學習成果.csv").Where(r => r["學年度"] == "111" && r["學期"] == "1")
            .Select(r => (r["學號"], At(r["上傳時間"]), r["成果編號"])).ToList();

    [Fact]
    public void Uploads_bunch_up_in_the_days_before_the_deadline()
    {
        var deadline = At("112.02.03 23:59");
        var uploads = Uploads1111();
        var onTime = uploads.Count(u => u.Uploaded <= deadline);
        var lastThreeDays = uploads.Count(u => u.Uploaded <= deadline && u.Uploaded > deadline.AddDays(-3));
        var firstHalf = uploads.Count(u => u.Uploaded <= At("112.01.17 00:00"));
        lastThreeDays.Should().BeGreaterThan(onTime / 2, "most students upload in the last three days");
        firstHalf.Should().BeLessThan(onTime / 5);
        uploads.Should().OnlyContain(u => u.Uploaded >= At("112.01.01 00:00"));
    }

    [Fact]
    public void Some_uploads_are_late_and_some_students_never_upload()
    {
        var deadline = At("112.02.03 23:59");
        var uploads = Uploads1111();
        var late = uploads.Count(u => u.Uploaded > deadline);
        late.Should().BeGreaterThan(uploads.Count / 30).And.BeLessThan(uploads.Count / 3);
        var enrolled = Export.Rows("編班.csv").Where(r => r["學年度"] == "111" && r["學期"] == "1").Select(r => r["學號"]).ToHashSet();
        var uploaded = uploads.Select(u => u.Student).ToHashSet();
        var never = enrolled.Count(s => !uploaded.Contains(s));
        never.Should().BeGreaterThan(enrolled.Count / 50).And.BeLessThan(enrolled.Count / 5);
    }

    [Fact]
    public void Teachers_certify_at_different_speeds_some_after_the_deadline_some_not_yet()
    {
        var uploads = Uploads1111().ToDictionary(u => u.Id, u => u.Uploaded);
        var certs = Export.Rows("成果認證.csv").Where(r => uploads.ContainsKey(r["成果編號"]) && !r["認證時間"].Contains(".."))
            .Select(r => (Id: r["成果編號"], At: At(r["認證時間"]), Teacher: r["認證教師編號"])).ToList();
        certs.Should().OnlyContain(c => c.At > uploads[c.Id]);
        // Grade 10–11 certify by 112.02.24 (the 111-2 table); some certify well after, some artifacts wait.
        certs.Count(c => c.At > At("112.02.24 23:59")).Should().BeGreaterThan(certs.Count / 50);
        certs.Count(c => c.At - uploads[c.Id] < TimeSpan.FromDays(2)).Should().BeGreaterThan(certs.Count / 10);
        (uploads.Count - certs.Count).Should().BeGreaterThan(0, "some artifacts were never certified by the export");
        Export.Rows("成果認證.csv").Should().Contain(r => r["認證結果"] == "未通過" && r["未通過原因"].Length > 0);
    }

    [Fact]
    public void Selections_pick_only_certified_items_and_a_few_students_exceed_the_caps()
    {
        var passed = Export.Rows("成果認證.csv").Where(r => r["認證結果"] == "通過" && !r["認證時間"].Contains(".."))
            .ToDictionary(r => r["成果編號"], r => At(r["認證時間"]));
        var selections = Export.Rows("勾選.csv");
        selections.Where(r => r["項目類型"] == "課程學習成果")
            .Should().OnlyContain(r => passed.ContainsKey(r["項目編號"]) && passed[r["項目編號"]] < At(r["勾選時間"]));
        var perStudentYear = selections.Where(r => r["項目類型"] == "課程學習成果").GroupBy(r => (r["學號"], r["學年度"])).ToList();
        perStudentYear.Count(g => g.Count() > 6).Should().BeInRange(1, perStudentYear.Count / 20);
        selections.Where(r => r["項目類型"] == "多元表現").GroupBy(r => (r["學號"], r["學年度"])).Should().Contain(g => g.Count() > 10);
        selections.Select(r => r["學年度"]).Distinct().Should().BeEquivalentTo("110", "111");
    }

    [Fact]
    public void Receipts_have_confirmations_reported_errors_some_resolved_and_some_silence()
    {
        var receipts = Export.Rows("收訖明細.csv");
        var submissions = Export.Rows("提交.csv").Select(r => r["提交編號"]).ToHashSet();
        receipts.Should().OnlyContain(r => submissions.Contains(r["提交編號"]));
        receipts.Count(r => r["確認時間"].Length > 0).Should().BeGreaterThan(receipts.Count * 3 / 4);
        var errors = receipts.Where(r => r["提報錯誤時間"].Length > 0).ToList();
        errors.Should().NotBeEmpty().And.OnlyContain(r => r["錯誤說明"].Length > 0);
        errors.Should().Contain(r => r["錯誤處理完成時間"].Length > 0).And.Contain(r => r["錯誤處理完成時間"].Length == 0);
        receipts.Should().Contain(r => r["確認時間"].Length == 0 && r["提報錯誤時間"].Length == 0);
    }

    [Fact]
    public void Counseling_reaches_nearly_every_student_in_the_first_semester()
    {
        var enrolled = Export.Rows("編班.csv").Where(r => r["學年度"] == "111" && r["學期"] == "1").Select(r => r["學號"]).ToHashSet();
        var counselled = Export.Rows("課程諮詢紀錄.csv").Where(r => r["學年度"] == "111" && r["學期"] == "1").Select(r => r["學號"]).ToHashSet();
        counselled.Count(enrolled.Contains).Should().BeGreaterThan(enrolled.Count * 9 / 10).And.BeLessThan(enrolled.Count);
    }
}
