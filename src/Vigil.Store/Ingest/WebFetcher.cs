using System.Net.Http.Headers;
using System.Text;
using Vigil.Input;

namespace Vigil.Store.Ingest;

/// <summary>
/// Fetches feeds and article pages over HTTP with a size bound and a timeout, decoding the body with the
/// charset the server declares (UTF-8 otherwise). Failures come back as one-line reasons, not exceptions.
/// </summary>
public sealed class WebFetcher(HttpClient http, InputLimits limits)
{
    public static HttpClient CreateClient(HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler);
        client.Timeout = TimeSpan.FromSeconds(30);
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Vigil", "1.0"));
        return client;
    }

    public sealed record Page(string Url, string Body, string? MediaType);

    public Page? TryFetch(string url, out string? reason)
    {
        reason = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                reason = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                return null;
            }
            if (response.Content.Headers.ContentLength > limits.MaxDocumentBytes)
            {
                reason = $"page too large (over {limits.MaxDocumentBytes / (1024 * 1024)} MB)";
                return null;
            }
            using var stream = response.Content.ReadAsStream();
            var bytes = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (bytes.Length + n > limits.MaxDocumentBytes)
                {
                    reason = $"page too large (over {limits.MaxDocumentBytes / (1024 * 1024)} MB)";
                    return null;
                }
                bytes.Write(chunk, 0, n);
            }
            var finalUrl = response.RequestMessage?.RequestUri?.ToString() ?? url;
            var body = Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), response.Content.Headers.ContentType?.CharSet);
            return new Page(finalUrl, body, response.Content.Headers.ContentType?.MediaType);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException)
        {
            reason = e is TaskCanceledException ? "timed out" : e.Message;
            return null;
        }
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        Encoding encoding = Encoding.UTF8;
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8 with replacement characters is the best guess.
            }
        }
        return encoding.GetString(bytes);
    }
}
