using RegKnowledge.Model.Diagnostics;
using static RegKnowledge.Content.Tests.Hostile.HostilePayloads;

namespace RegKnowledge.Content.Tests.Hostile;

/// <summary>One hostile input: how to plant it in a copy of the sample content, and the diagnostic regk must print for it
/// (<see cref="File"/> is content-relative; <see cref="Line"/> 0 means any line ≥ 1).</summary>
internal sealed record HostileCase(string Name, Action<string> Plant, string Code, string File, int Line = 0);

/// <summary>The catalogue, by name. Loader unit cases (Load/Cases) check exact positions in-process; these run the real CLI
/// end to end and check that it neither crashes, hangs nor balloons, and still points at the file.</summary>
internal static class HostileCases
{
    private const string Body = "governance/hostile.yaml";
    private const int MiB = 1024 * 1024;

    public static IReadOnlyDictionary<string, HostileCase> All { get; } = Build().ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static IEnumerable<HostileCase> Build()
    {
        yield return Bytes("billion-laughs", () => BillionLaughs(), DiagnosticCodes.AliasNotAllowed, 5);
        yield return Text("self-referencing-alias", "id: &a [*a]\nname: x\nkind: council\nremit: r\n", DiagnosticCodes.AliasNotAllowed, 1);
        yield return Text("alias-to-mapping-key", BodyStart + "? &k a\n: b\nc: *k\n", DiagnosticCodes.AliasNotAllowed, 5);
        foreach (var depth in new[] { 131, 10_000, 100_000 })
        {
            yield return Bytes($"flow-nesting-{depth}", () => FlowNesting(depth), DiagnosticCodes.TooDeep, 5);
            yield return Bytes($"block-sequence-nesting-{depth}", () => CompactBlockNesting(depth), DiagnosticCodes.TooDeep, 6);
        }

        yield return Bytes("block-mapping-nesting-131", () => IndentedBlockNesting(131), DiagnosticCodes.TooDeep);
        yield return Bytes("scalar-50-mb", () => HugeScalar(50 * MiB), DiagnosticCodes.FileTooLarge, 1);
        yield return Bytes("many-keys-5-mb", () => ManyKeys(5 * MiB), DiagnosticCodes.FileTooLarge, 1);
        yield return Bytes("scalar-just-under-size-limit", () => HugeScalar(MiB - 200), DiagnosticCodes.TextTooLong, 5);
        yield return Bytes("many-keys-just-under-size-limit", () => ManyKeys(MiB - 100), DiagnosticCodes.TooManyNodes);
        yield return Bytes("unknown-keys-flood", () => ManyKeys(400_000), DiagnosticCodes.UnknownKey, 5);
        yield return Bytes("many-list-items", () => ManyItems(200_000), DiagnosticCodes.TooManyNodes, 5);
        yield return Text("duplicate-key-top", BodyStart + "name: again\n", DiagnosticCodes.DuplicateKey, 5);
        yield return Text("duplicate-key-in-list-item", File("jurisdictions/gb.yaml").Replace("    name: Financial Conduct Authority\n",
            "    name: Financial Conduct Authority\n    name: FCA\n", StringComparison.Ordinal), DiagnosticCodes.DuplicateKey, 9, "jurisdictions/gb.yaml");
        yield return Text("duplicate-key-in-nested-mapping", File("taxonomy/taxonomy.yaml").Replace("  jurisdiction: clear\n",
            "  jurisdiction: clear\n  jurisdiction: red\n", StringComparison.Ordinal), DiagnosticCodes.DuplicateKey, 0, "taxonomy/taxonomy.yaml");
        yield return Text("tag-python-object", BodyStart + "chair: !!python/object:os.system [\"rm -rf /\"]\n", DiagnosticCodes.TagNotAllowed, 5);
        yield return Text("tag-custom", BodyStart + "chair: !custom x\n", DiagnosticCodes.TagNotAllowed, 5);
        yield return Text("tag-binary", BodyStart + "chair: !!binary aGVsbG8=\n", DiagnosticCodes.TagNotAllowed, 5);
        yield return Text("tab-indentation", BodyStart + "topics:\n\t- custody\n", DiagnosticCodes.Tab, 6);
        yield return Text("multiple-documents", BodyStart + "---\nid: second\n", DiagnosticCodes.MultipleDocuments, 5);
        yield return Bytes("invalid-utf8", () => InvalidUtf8(), DiagnosticCodes.InvalidEncoding, 2);
        yield return Bytes("utf16-with-bom", () => Utf16(BodyStart, bom: true), DiagnosticCodes.InvalidEncoding, 1);
        yield return Bytes("utf16-without-bom", () => Utf16(BodyStart, bom: false), DiagnosticCodes.ForbiddenCharacter, 1);
        yield return Text("bom-inside-the-file", BodyStart + "chair: \uFEFFx\n", DiagnosticCodes.ForbiddenCharacter, 5);
        yield return Text("control-character", BodyStart + "chair: a\u0007b\n", DiagnosticCodes.ForbiddenCharacter, 5);
        yield return Text("nul-character", BodyStart + "chair: a\u0000b\n", DiagnosticCodes.ForbiddenCharacter, 5);
        yield return Text("bidi-override", BodyStart + "chair: \u202Eevil\u202C\n", DiagnosticCodes.ForbiddenCharacter, 5);
        yield return Text("ambiguous-boolean-in-text", BodyStart + "chair: no\n", DiagnosticCodes.AmbiguousScalar, 5);
        yield return Text("ambiguous-boolean-in-flag", File("taxonomy/taxonomy.yaml").Replace("    assessed: false\n", "    assessed: off\n", StringComparison.Ordinal),
            DiagnosticCodes.AmbiguousScalar, 0, "taxonomy/taxonomy.yaml");
        yield return Text("wrong-type-list-for-text", "id: hostile\nname: x\nkind: council\nremit: [a, b]\n", DiagnosticCodes.WrongType, 4);
        yield return Text("wrong-type-text-for-number", File("mappings/trx--sg.yaml").Replace("strength: 8", "strength: high", StringComparison.Ordinal),
            DiagnosticCodes.WrongType, 0, "mappings/trx--sg.yaml");
        yield return Text("complex-key", BodyStart + "? [a, b]\n: c\n", DiagnosticCodes.WrongType, 5);
        yield return Text("missing-required-value", "id: hostile\nname: x\nkind: council\n", DiagnosticCodes.MissingValue, 1);
        yield return Text("null-required-value", "id: hostile\nname: ~\nkind: council\nremit: r\n", DiagnosticCodes.MissingValue);
        yield return Text("parser-internal-failure", "id: hostile\nname: {\nkind: c\n  ##", DiagnosticCodes.Syntax, 2);
        yield return Text("unterminated-quote", BodyStart + "chair: \"never closed\n", DiagnosticCodes.Syntax);
        yield return Text("empty-file", "", DiagnosticCodes.EmptyFile, 1);
        yield return Text("only-a-comment", "# nothing here\n", DiagnosticCodes.EmptyFile, 1);
        yield return new HostileCase("file-is-a-directory", root => Directory.CreateDirectory(Path.Combine(root, "governance", "hostile.yaml")),
            DiagnosticCodes.UnexpectedFile, "governance/hostile.yaml/", 1);
        yield return new HostileCase("required-file-is-a-directory", root =>
        {
            System.IO.File.Delete(Path.Combine(root, "config", "site.yaml"));
            Directory.CreateDirectory(Path.Combine(root, "config", "site.yaml"));
        }, DiagnosticCodes.MissingFile, "config/site.yaml", 1);
        yield return new HostileCase("symlink-loop", root => System.IO.File.CreateSymbolicLink(Path.Combine(root, Body), "hostile.yaml"),
            DiagnosticCodes.UnexpectedFile, Body, 1);
        yield return new HostileCase("symlink-to-dev-zero", root => System.IO.File.CreateSymbolicLink(Path.Combine(root, Body), "/dev/zero"),
            DiagnosticCodes.UnexpectedFile, Body, 1);
        yield return new HostileCase("symlink-outside-content", root => System.IO.File.CreateSymbolicLink(Path.Combine(root, Body), "/etc/hostname"),
            DiagnosticCodes.UnexpectedFile, Body, 1);
        yield return new HostileCase("fifo", root => MakeFifo(Path.Combine(root, Body)), DiagnosticCodes.EmptyFile, Body, 1);
    }

    /// <summary>Payloads are built only when their case runs: the big ones are tens of megabytes.</summary>
    private static HostileCase Bytes(string name, Func<byte[]> bytes, string code, int line = 0) =>
        new(name, root => System.IO.File.WriteAllBytes(Path.Combine(root, Body), bytes()), code, Body, line);

    private static HostileCase Text(string name, string text, string code, int line = 0, string file = Body) =>
        new(name, root => System.IO.File.WriteAllBytes(Path.Combine(root, file), Utf8(text)), code, file, line);

    private static string File(string relative) =>
        System.IO.File.ReadAllText(Path.Combine(Testing.Fixtures.SampleContent, relative));

    private static void MakeFifo(string path)
    {
        var run = Testing.Processes.ChildProcess.Run("mkfifo", [path], TimeSpan.FromSeconds(10));
        Assert.Equal(0, run.ExitCode);
    }
}
