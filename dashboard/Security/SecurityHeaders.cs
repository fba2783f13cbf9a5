namespace PortfolioAnalytics.Dashboard.Security;

/// <summary>
/// The headers every response carries. The pages use no script and no inline style (the stylesheet is /site.css),
/// so the policy allows only the server's own stylesheet, images and forms, and no page may be framed.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// A report preview (Chromium's print document, with its own inline stylesheet) shown in an iframe on 自我檢核:
    /// still no script, but its styles and framing by the dashboard itself are allowed.
    /// </summary>
    public const string FramedDocumentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    public static void Apply(HttpResponse response)
    {
        var h = response.Headers;
        if (h.ContentSecurityPolicy != FramedDocumentPolicy)
        {
            h.ContentSecurityPolicy = Policy;
            h.XFrameOptions = "DENY"; // antiforgery would say SAMEORIGIN
        }
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }

    /// <summary>For a document the dashboard frames itself (report previews).</summary>
    public static void AllowFramingBySelf(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = FramedDocumentPolicy;
        response.Headers.XFrameOptions = "SAMEORIGIN";
    }
}
