using System.Globalization;
using RegKnowledge.Benchmarks.BrowserSearch;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length > 0 && args[0] == "browser-search")
{
    return await BrowserSearchBench.Run(args[1..], Console.Out);
}

Console.Error.WriteLine("usage: RegKnowledge.Benchmarks browser-search [--out DIR] [--docs 10000] [--runs 5]");
return 2;
