using System.Globalization;
using RegKnowledge.Cli;

// Output never depends on the machine's culture (3.1 must not print as 3,1).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

return CommandLine.Run(args, Console.Out, Console.Error);
