namespace RegKnowledge.Packs.Printing;

/// <summary>PDF packs were asked for but Chromium is not installed where expected. The message says how to install it or avoid it.</summary>
public sealed class ChromiumNotFoundException(string path) : Exception(
    $"Chromium was not found at {path}; it prints the PDF packs. Install it with 'sudo apt-get install -y chromium', "
    + "or write HTML packs only with 'regk pack --format html'.")
{
    /// <summary>Where Chromium was looked for.</summary>
    public string Path { get; } = path;
}

/// <summary>Chromium is installed but could not start or print; the message carries Chromium's own reason.</summary>
public sealed class PackPrintException(string message, Exception? inner = null) : Exception(message, inner);
