namespace RegKnowledge.Testing.Synthetic;

/// <summary>Words the synthetic prose is made of: plain English glue plus the domain's terms, so search and
/// highlighting meet realistic vocabulary (stemming variants, acronyms, British and American spellings).</summary>
internal static class WordBank
{
    public static readonly string[] Common =
    [
        "the", "a", "of", "to", "and", "in", "for", "on", "with", "by", "from", "under", "before", "after", "where", "when",
        "each", "every", "any", "all", "its", "their", "this", "that", "which", "such", "other", "further", "relevant",
        "firm", "firms", "member", "members", "client", "clients", "customer", "customers", "provider", "providers",
        "service", "services", "activity", "activities", "business", "entity", "group", "staff", "board", "officer",
        "must", "should", "may", "can", "will", "would", "need", "needs", "apply", "applies", "require", "requires",
        "expect", "expects", "assess", "assesses", "record", "records", "report", "reports", "review", "reviews",
        "hold", "holds", "keep", "keeps", "publish", "publishes", "approve", "approves", "monitor", "monitors",
        "notify", "notifies", "document", "documents", "test", "tests", "verify", "verifies", "disclose", "discloses",
        "clear", "written", "annual", "quarterly", "daily", "independent", "internal", "external", "material", "significant",
        "new", "existing", "current", "proposed", "final", "interim", "transitional", "ongoing", "periodic", "timely",
        "policy", "policies", "procedure", "procedures", "control", "controls", "process", "processes", "plan", "plans",
        "risk", "risks", "assessment", "evidence", "outcome", "outcomes", "approach", "practice", "practices", "standard",
        "period", "date", "deadline", "threshold", "limit", "limits", "scope", "basis", "level", "levels", "case", "cases",
        "information", "data", "system", "systems", "account", "accounts", "transfer", "transfers", "transaction", "transactions",
        "law", "rule", "rules", "regulation", "guidance", "notice", "circular", "consultation", "framework", "regime",
        "authority", "supervisor", "regulator", "court", "legislature", "ministry", "treasury", "agency", "commission",
        "local", "national", "regional", "cross-border", "domestic", "overseas", "foreign", "retail", "professional",
        "clearly", "promptly", "at", "least", "once", "year", "months", "days", "without", "delay", "as", "soon", "possible",
    ];

    public static readonly string[] Domain =
    [
        "crypto-asset", "crypto-assets", "cryptoasset", "virtual asset", "digital asset", "digital payment token", "stablecoin",
        "stablecoins", "e-money token", "asset-referenced token", "tokenised deposit", "tokenized securities", "VASP", "VASPs",
        "CASP", "CASPs", "MiCA", "AML/CFT", "KYC", "travel rule", "FATF Recommendation 16", "IVMS101", "unhosted wallet",
        "self-hosted wallet", "custody", "custodian", "safekeeping", "segregation", "cold storage", "hot wallet", "multisig",
        "MPC", "threshold signature", "key ceremony", "private key", "seed phrase", "HSM", "proof of reserves", "attestation",
        "reserve assets", "redemption", "redemption at par", "white paper", "market abuse", "insider dealing", "manipulation",
        "wash trading", "surveillance", "order book", "listing", "delisting", "staking", "staking-as-a-service", "yield",
        "lending", "DeFi", "smart contract", "front end", "governance token", "DAO", "protocol", "oracle", "bridge", "airdrop",
        "authorisation", "authorization", "licence", "license", "licensing", "registration", "passporting", "reverse solicitation",
        "own funds", "capital requirement", "liquidity buffer", "prudential", "Basel", "CARF", "tax reporting", "sanctions screening",
        "beneficial owner", "due diligence", "enhanced due diligence", "suspicious transaction report", "blockchain analytics",
        "consumer protection", "risk warning", "financial promotion", "cooling-off period", "complaints", "ombudsman",
        "incident reporting", "operational resilience", "DORA", "outsourcing", "third-party risk", "penetration test",
        "insolvency", "bankruptcy remoteness", "trust", "client money", "fit and proper", "senior manager", "compliance officer",
    ];

    public static readonly string[] Syllables =
    [
        "val", "tor", "ia", "mar", "ken", "do", "sul", "ara", "bel", "cor", "dan", "esk", "fal", "gor", "hal", "ist",
        "jor", "kal", "lun", "mon", "nor", "ost", "pel", "qua", "ran", "sel", "tan", "ul", "ven", "wes", "yor", "zan",
    ];

    public static readonly string[] TitleNouns =
    [
        "checklist", "playbook", "guide", "primer", "overview", "practice note", "field notes", "lessons learned",
        "implementation guide", "briefing", "readiness review", "explainer",
    ];

    public static readonly string[] Frameworks = ["FATF", "CCSS", "ISO", "NIST", "interVASP", "BCBS", "IOSCO", "OECD", "FSB", "CPMI"];

    public static readonly string[] Abbreviations = ["FSA", "CBR", "SEC", "FIU", "AMLA", "TRA", "CMA", "FSC"];
}
