using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PortfolioAnalytics.Reports.Rendering;

/// <summary>Renders a Razor component to an HTML string without a web host.</summary>
internal static class HtmlRendering
{
    private static readonly IServiceProvider Services =
        new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            // Chinese stays readable in the HTML (the default encoder writes every CJK character as &#x…;).
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();

    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });
    }

    public static Task<string> RenderAsync<TComponent>(object model) where TComponent : IComponent =>
        RenderAsync<TComponent>(new Dictionary<string, object?> { ["Model"] = model });
}
