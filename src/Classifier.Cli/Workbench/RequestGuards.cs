using Microsoft.AspNetCore.Http;

namespace Classifier.Cli.Workbench;

/// <summary>
/// The checks every request passes before an endpoint sees it: the run's token (403 without it) and
/// the body size limit (413), enforced here as well as by Kestrel so that a chunked body and the test
/// server are held to it too.
/// </summary>
internal static class RequestGuards
{
    public static async Task Check(HttpContext context, RequestDelegate next, WorkbenchToken token, long maxBytes)
    {
        var candidate = context.Request.Headers.TryGetValue(WorkbenchToken.Header, out var header) ? header.ToString() : context.Request.Query[WorkbenchToken.Query].ToString();
        if (!token.Matches(candidate))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("classify label: open the address with its token, as classify printed it.\n");
            return;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            await TooLarge(context, maxBytes);
            return;
        }

        if (context.Request.ContentLength is null && context.Request.Body.CanRead)
        {
            // No length given (chunked): read at most one byte past the limit before anything parses it.
            var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    await TooLarge(context, maxBytes);
                    return;
                }
            }

            buffer.Position = 0;
            context.Request.Body = buffer;
        }

        await next(context);
    }

    private static Task TooLarge(HttpContext context, long maxBytes)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return context.Response.WriteAsJsonAsync(new { error = $"request larger than {maxBytes} bytes" });
    }
}
