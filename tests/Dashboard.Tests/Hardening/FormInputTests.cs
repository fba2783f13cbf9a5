using System.Net;
using PortfolioAnalytics.Dashboard.Tests.Fixtures;

namespace PortfolioAnalytics.Dashboard.Tests.Hardening;

/// <summary>No value in any field of any form gets a 500 (the forms answer with their own zh-TW messages).</summary>
public class FormInputTests(DashboardFixture host) : IClassFixture<DashboardFixture>
{
    private static readonly string[] Values =
    [
        "", "0000-01-01", "-1", "99999999999999999999", "Ａ１２３４５６７８９", "<script>alert(1)</script>", "' OR 1=1 --",
        "\u0000", new string('界', 5000),
    ];

    [Fact]
    public async Task No_value_in_any_form_field_gets_a_500()
    {
        var forms = new (string User, string Page, string Action, string[] Fields)[]
        {
            ("admin", "/Accounts", "/Accounts", ["NewUser", "NewDisplay", "NewRole", "NewStaffNo", "NewEmail", "NewPassword"]),
            ("admin", "/Accounts", "/Accounts?handler=Disable", ["DisableUser"]),
            ("registry", "/Attest", "/Attest", ["FormPhase", "DoneOn", "Note", "Attendance", "Evidence"]),
            ("registry", "/Etl", "/Etl?handler=Run", ["JobKey"]),
        };
        var failures = new List<string>();
        foreach (var (user, page, action, fields) in forms)
        {
            using var client = await host.SignIn(user);
            foreach (var field in fields)
                foreach (var value in Values)
                {
                    var token = DashboardFixture.Token(await client.GetStringAsync(page));
                    var body = fields.ToDictionary(f => f, f => f == field ? value : "x");
                    body["__RequestVerificationToken"] = token;
                    var r = await client.PostAsync(action, new FormUrlEncodedContent(body));
                    if ((int)r.StatusCode >= 500) failures.Add($"{action} {field}={value[..Math.Min(value.Length, 20)]} → {(int)r.StatusCode}");
                }
        }
        failures.Should().BeEmpty();
        // The accounts those posts may have created are harmless here (this fixture's own warehouse).
    }

    [Fact]
    public async Task Sign_in_with_any_value_gets_no_500()
    {
        using var client = LockoutTests.Anonymous(host);
        foreach (var value in Values)
        {
            var form = await client.GetStringAsync("/Login");
            var r = await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = value, ["Password"] = value, ["ReturnUrl"] = value, ["__RequestVerificationToken"] = DashboardFixture.Token(form),
            }));
            ((int)r.StatusCode).Should().BeLessThan(500, value[..Math.Min(value.Length, 20)]);
        }
    }
}
