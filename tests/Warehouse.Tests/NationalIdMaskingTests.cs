using PortfolioAnalytics.Warehouse.People;

namespace PortfolioAnalytics.Warehouse.Tests;

/// <summary>The one masking of national IDs, fed every way a number can be written.</summary>
public class NationalIdMaskingTests
{
    [Theory]
    [InlineData("A123456789")]
    [InlineData("a123456789")]
    [InlineData("Ａ１２３４５６７８９")]
    [InlineData("ａ１２３４５６７８９")]
    [InlineData("Ａ123456789")]
    [InlineData("A１２３456789")]
    [InlineData(" A123456789 ")]
    [InlineData("　Ａ１２３４５６７８９　")]
    public void Every_form_of_one_id_masks_to_the_same_text(string id) => NationalId.Mask(id).Should().Be("A1******89");

    [Theory]
    [InlineData("A800000014", "A8******14")]   // 新式居留證
    [InlineData("ＡＢ１２３４５６７８", "AB******78")] // 舊式居留證, full-width
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("A12", "***")]
    public void Other_numbers_mask_the_same_way(string? id, string masked) => NationalId.Mask(id).Should().Be(masked);

    [Theory]
    [InlineData("S007,A123456789,庚生", "S007,A1******89,庚生")]
    [InlineData("S007,Ａ１２３４５６７８９,庚生", "S007,A1******89,庚生")]
    [InlineData("S007,ａ１２３４５６７８９,庚生", "S007,A1******89,庚生")]
    [InlineData("S007,a123456789,庚生", "S007,A1******89,庚生")]
    [InlineData("身分證號Ａ１２３４５６７８９錯誤", "身分證號A1******89錯誤")]
    [InlineData("S007A123456789", "S007A1******89")]
    [InlineData("居留證 AB12345678、F231104093", "居留證 AB******78、F2******93")]
    [InlineData("{\"id\":\"b120000003\"}", "{\"id\":\"B1******03\"}")]
    public void Ids_inside_free_text_are_masked_in_any_width_or_case(string text, string masked) =>
        NationalId.MaskIn(text).Should().Be(masked);

    [Theory]
    [InlineData("S007,王小明,101,12,111.09.16")]
    [InlineData("A3234567890 is not an ID shape")]
    [InlineData("課程代碼 123456789012")]
    [InlineData("")]
    public void Text_without_ids_is_left_as_it_was(string text) => NationalId.MaskIn(text).Should().Be(text);

    [Fact]
    public void No_digit_of_the_middle_survives_in_any_form()
    {
        foreach (var form in new[] { "A123456789", "a123456789", "Ａ１２３４５６７８９", "ａ１２３４５６７８９" })
        {
            var masked = NationalId.MaskIn($"前文{form}後文");
            masked.Should().NotContain("234567").And.NotContain("２３４５６７");
        }
    }
}
