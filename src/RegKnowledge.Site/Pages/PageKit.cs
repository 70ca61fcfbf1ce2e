namespace RegKnowledge.Site.Pages;

/// <summary>What every page builder needs, passed as one value.</summary>
internal sealed record PageKit(SiteContext Site, FrameFactory Frames, RowBuilder Rows)
{
    public static PageKit For(SiteContext site) => new(site, new FrameFactory(site), new RowBuilder(site));
}
