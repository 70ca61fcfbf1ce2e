namespace RegKnowledge.Content.Validate.Rules;

/// <summary>Council, committees, working groups, secretariat.</summary>
internal static class GovernanceRules
{
    public static void Register(ValidationContext context)
    {
        foreach (var body in context.Content.Governance) context.Register("governance body", body.Id, body.At("id"));
    }

    public static void Check(ValidationContext context)
    {
        foreach (var body in context.Content.Governance)
        {
            if (body.Parent is { } parent)
            {
                context.CheckReference("governance body", parent, body.At("parent"));
            }

            foreach (var topic in body.Topics) context.CheckReference("topic", topic, body.At("topics"));
        }
    }
}
