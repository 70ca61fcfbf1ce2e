using System.Security.Cryptography;
using System.Text;

namespace RegKnowledge.Workflow.Export;

/// <summary>Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same UUID, so exports are reproducible
/// and a mapping keeps its UUID from one export to the next.</summary>
internal static class DeterministicUuid
{
    /// <summary>RFC 9562's namespace for URLs.</summary>
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The version-5 UUID of <paramref name="name"/> (a URL) in the URL namespace, lower-case.</summary>
    public static string For(string name)
    {
        var bytes = UrlNamespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what version 5 is defined with; no security depends on it.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(uuid, bigEndian: true).ToString("D");
    }
}
