namespace RegKnowledge.Testing.Synthetic;

/// <summary>config/site.yaml and taxonomy/taxonomy.yaml, in the starter's shape.</summary>
internal static class SiteAndTaxonomyFiles
{
    public static IEnumerable<(string Path, string Text)> All(SyntheticWorld world)
    {
        yield return ("config/site.yaml", Site(world));
        yield return ("taxonomy/taxonomy.yaml", Taxonomy());
    }

    private static string Site(SyntheticWorld world)
    {
        var yaml = new YamlText().Schema("site")
            .Text("consortium", "Digital Asset Markets Consortium")
            .Plain("short_name", "DAMC")
            .Plain("repository_url", "https://github.com/damc-org/regknowledge")
            .Plain("edit_branch", "main")
            .Plain("base_url", "https://damc-org.github.io/regknowledge")
            .Plain("default_audience", "members")
            .Open("audiences");
        foreach (var (id, description, ceiling) in new[]
        {
            ("public", "Anyone on the internet. Only TLP:CLEAR content.", "clear"),
            ("members", "Staff of member firms. TLP:CLEAR and TLP:GREEN content.", "green"),
            ("staff", "Consortium staff and working-group chairs. Everything up to TLP:AMBER+STRICT.", "amber-strict"),
        })
        {
            yaml.Plain("id", id, 4, item: true).Text("description", description, 4).Plain("ceiling", ceiling, 4);
        }

        yaml.Plain("default_recipient_ceiling", "clear").Open("recipients");
        foreach (var jurisdiction in world.Jurisdictions.Take(3))
        {
            yaml.Plain("regulator", jurisdiction.Regulators[0].Id, 4, item: true).Plain("ceiling", "green", 4);
        }

        return yaml.ToString();
    }

    private static string Taxonomy()
    {
        var yaml = new YamlText().Schema("taxonomy").Open("topics");
        foreach (var topic in SyntheticWorld.Topics)
        {
            yaml.Plain("id", topic, 4, item: true)
                .Text("name", char.ToUpperInvariant(topic[0]) + topic[1..].Replace('-', ' '), 4)
                .Text("description", $"Rules on {topic.Replace('-', ' ')} for firms providing crypto-asset services.", 4);
        }

        yaml.Open("regions");
        foreach (var region in SyntheticWorld.Regions)
        {
            yaml.Plain("id", region, 4, item: true).Text("name", char.ToUpperInvariant(region[0]) + region[1..].Replace('-', ' '), 4);
        }

        yaml.Open("stance_scale");
        foreach (var level in SyntheticWorld.Levels)
        {
            yaml.Plain("id", level, 4, item: true).Text("label", char.ToUpperInvariant(level[0]) + level[1..].Replace('-', ' '), 4)
                .Text("description", $"The regime is {level.Replace('-', ' ')} for the activity.", 4);
            if (level is "unknown" or "not-assessed")
            {
                yaml.Flag("assessed", false, 4);
            }
        }

        yaml.Open("synonyms");
        foreach (var group in new[]
        {
            "[authorise, authorize]", "[licence, license]", "[tokenisation, tokenization]", "[vasp, virtual asset service provider]",
            "[casp, crypto-asset service provider]", "[travel rule, fatf recommendation 16, r.16]", "[aml, anti-money laundering]",
            "[kyc, know your customer]", "[mica, markets in crypto-assets]", "[por, proof of reserves]",
        })
        {
            yaml.Raw("- terms: " + group, 2);
        }

        yaml.Open("glossary");
        foreach (var (term, definition) in new[]
        {
            ("AML/CFT", "Anti-money laundering and countering the financing of terrorism."),
            ("CASP", "Crypto-asset service provider, the licensed firm under the EU's MiCA Regulation."),
            ("MiCA", "Regulation (EU) 2023/1114 on markets in crypto-assets."),
            ("TLP", "Traffic Light Protocol (FIRST TLP 2.0), labels that say how widely information may be shared."),
            ("VASP", "Virtual asset service provider, FATF's term for businesses that exchange, transfer or safeguard virtual assets."),
        })
        {
            yaml.Text("term", term, 4, item: true).Text("definition", definition, 4);
        }

        yaml.Open("tlp_defaults");
        foreach (var (kind, label) in new[]
        {
            ("jurisdiction", "clear"), ("standard", "clear"), ("mapping", "green"), ("guidance", "green"), ("engagement", "green"),
            ("governance", "clear"), ("engagement_notes", "amber"), ("mapping_draft_rationale", "amber"),
        })
        {
            yaml.Plain(kind, label, 2);
        }

        return yaml.Open("review_cycles").Number("stance_days", 365, 2).Number("mapping_days", 365, 2).Number("guidance_days", 730, 2).ToString();
    }
}
