namespace RegKnowledge.Site.Map;

/// <summary>ISO 3166-1 alpha-2 → numeric codes (the ids Natural Earth/world-atlas uses), EU membership, and points for states too small for a 1:110m outline.</summary>
internal static class CountryCodes
{
    private const string Table =
        "af004 ax248 al008 dz012 as016 ad020 ao024 ai660 aq010 ag028 ar032 am051 aw533 au036 at040 az031 bs044 bh048 bd050 bb052 " +
        "by112 be056 bz084 bj204 bm060 bt064 bo068 bq535 ba070 bw072 bv074 br076 io086 bn096 bg100 bf854 bi108 cv132 kh116 cm120 " +
        "ca124 ky136 cf140 td148 cl152 cn156 cx162 cc166 co170 km174 cg178 cd180 ck184 cr188 ci384 hr191 cu192 cw531 cy196 cz203 " +
        "dk208 dj262 dm212 do214 ec218 eg818 sv222 gq226 er232 ee233 sz748 et231 fk238 fo234 fj242 fi246 fr250 gf254 pf258 tf260 " +
        "ga266 gm270 ge268 de276 gh288 gi292 gr300 gl304 gd308 gp312 gu316 gt320 gg831 gn324 gw624 gy328 ht332 hm334 va336 hn340 " +
        "hk344 hu348 is352 in356 id360 ir364 iq368 ie372 im833 il376 it380 jm388 jp392 je832 jo400 kz398 ke404 ki296 kp408 kr410 " +
        "kw414 kg417 la418 lv428 lb422 ls426 lr430 ly434 li438 lt440 lu442 mo446 mg450 mw454 my458 mv462 ml466 mt470 mh584 mq474 " +
        "mr478 mu480 yt175 mx484 fm583 md498 mc492 mn496 me499 ms500 ma504 mz508 mm104 na516 nr520 np524 nl528 nc540 nz554 ni558 " +
        "ne562 ng566 nu570 nf574 mk807 mp580 no578 om512 pk586 pw585 ps275 pa591 pg598 py600 pe604 ph608 pn612 pl616 pt620 pr630 " +
        "qa634 re638 ro642 ru643 rw646 bl652 sh654 kn659 lc662 mf663 pm666 vc670 ws882 sm674 st678 sa682 sn686 rs688 sc690 sl694 " +
        "sg702 sx534 sk703 si705 sb090 so706 za710 gs239 ss728 es724 lk144 sd729 sr740 sj744 se752 ch756 sy760 tw158 tj762 tz834 " +
        "th764 tl626 tg768 tk772 to776 tt780 tn788 tr792 tm795 tc796 tv798 ug800 ua804 ae784 gb826 us840 um581 uy858 uz860 vu548 " +
        "ve862 vn704 vg092 vi850 wf876 eh732 ye887 zm894 zw716";

    /// <summary>Alpha-2 (lower case) → numeric.</summary>
    public static IReadOnlyDictionary<string, string> Numeric { get; } =
        Table.Split(' ').ToDictionary(entry => entry[..2], entry => entry[2..], StringComparer.Ordinal);

    /// <summary>Member states of the European Union.</summary>
    public static IReadOnlyList<string> EuropeanUnion { get; } =
        ["at", "be", "bg", "cy", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hr", "hu", "ie", "it", "lt", "lu", "lv", "mt", "nl", "pl", "pt", "ro", "se", "si", "sk"];

    /// <summary>Approximate centres (lat, lon) of financial centres with no outline at 1:110m; drawn as dots.</summary>
    public static IReadOnlyDictionary<string, (double Lat, double Lon)> SmallStates { get; } = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["ad"] = (42.55, 1.60),
        ["ag"] = (17.06, -61.80),
        ["bb"] = (13.19, -59.54),
        ["bh"] = (26.07, 50.55),
        ["bm"] = (32.31, -64.75),
        ["gg"] = (49.45, -2.58),
        ["gi"] = (36.14, -5.35),
        ["hk"] = (22.32, 114.17),
        ["im"] = (54.24, -4.55),
        ["je"] = (49.21, -2.13),
        ["kn"] = (17.36, -62.78),
        ["ky"] = (19.31, -81.25),
        ["lc"] = (13.91, -60.98),
        ["li"] = (47.16, 9.55),
        ["mc"] = (43.74, 7.42),
        ["mo"] = (22.20, 113.55),
        ["mt"] = (35.90, 14.45),
        ["mu"] = (-20.25, 57.55),
        ["sc"] = (-4.68, 55.49),
        ["sg"] = (1.35, 103.82),
        ["sm"] = (43.94, 12.46),
        ["vg"] = (18.42, -64.62),
        ["gd"] = (12.12, -61.68),
        ["mv"] = (3.20, 73.22),
        ["ws"] = (-13.76, -172.10),
    };
}
