namespace RegKnowledge.Model.Common;

/// <summary>FIRST Traffic Light Protocol 2.0 labels, ordered from least to most restrictive.</summary>
public enum Tlp
{
    /// <summary>TLP:CLEAR — may be shared publicly.</summary>
    Clear = 0,
    /// <summary>TLP:GREEN — the community (consortium members).</summary>
    Green = 1,
    /// <summary>TLP:AMBER — members' organisations on a need-to-know basis; here: consortium staff.</summary>
    Amber = 2,
    /// <summary>TLP:AMBER+STRICT — the recipient organisation only.</summary>
    AmberStrict = 3,
    /// <summary>TLP:RED — named recipients only; never published.</summary>
    Red = 4,
}

/// <summary>Display helpers for <see cref="Tlp"/>.</summary>
public static class TlpText
{
    /// <summary>The label as FIRST writes it, e.g. "TLP:AMBER+STRICT".</summary>
    public static string Label(Tlp tlp) => tlp switch
    {
        Tlp.Clear => "TLP:CLEAR",
        Tlp.Green => "TLP:GREEN",
        Tlp.Amber => "TLP:AMBER",
        Tlp.AmberStrict => "TLP:AMBER+STRICT",
        _ => "TLP:RED",
    };
}
