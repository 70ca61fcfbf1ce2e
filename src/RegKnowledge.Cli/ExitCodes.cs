namespace RegKnowledge.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Clean (warnings allowed).</summary>
    public const int Success = 0;
    /// <summary>The content has errors.</summary>
    public const int ContentErrors = 1;
    /// <summary>Bad usage or an internal error.</summary>
    public const int UsageOrInternal = 2;
}
