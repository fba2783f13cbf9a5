using PortfolioAnalytics.Warehouse.People;

namespace PortfolioAnalytics.Warehouse.Tests;

public class NationalIdTests
{
    [Theory]
    [InlineData("A123456789")]
    [InlineData("F131104093")]
    [InlineData("A800000014")]
    public void Valid_ids_pass(string id) => NationalId.Validate(id).Should().BeNull();

    [Theory]
    [InlineData("A123456788", "檢查碼")]
    [InlineData("A12345678", "10 碼")]
    [InlineData("1123456789", "英文字母")]
    [InlineData("A323456789", "第 2 碼")]
    public void Invalid_ids_say_why(string id, string reason) => NationalId.Validate(id).Should().Contain(reason);

    [Fact]
    public void Check_digit_completes_an_id()
    {
        var id = "B22001234" + NationalId.CheckDigit("B22001234");
        NationalId.IsValid(id).Should().BeTrue();
    }

    [Fact]
    public void Masking_hides_the_middle() => NationalId.Mask("A123456789").Should().Be("A1******89");
}
