using System.Collections.Frozen;

namespace Portal.Input.Assets;

/// <summary>
/// The elements and attributes a published SVG may use. An allowlist, not a denylist: what a browser does with an
/// element we never heard of is unknown, so it is refused until someone adds it here knowingly.
/// </summary>
internal static class SvgAllowlist
{
    public const string Svg = "http://www.w3.org/2000/svg";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string XLink = "http://www.w3.org/1999/xlink";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";
    public const string Inkscape = "http://www.inkscape.org/namespaces/inkscape";
    public const string Sodipodi = "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string CreativeCommons = "http://creativecommons.org/ns#";

    /// <summary>Inkscape 0.48–0.92 marks swatches with <c>osb:paint</c>; browsers ignore it.</summary>
    public const string OpenSwatchBook = "http://www.openswatchbook.org/uri/2009/osb";

    /// <summary>
    /// SVG elements that draw, group, describe, paint or animate, and cannot run script or load anything by themselves.
    /// Those that refer to something (use, image, feImage, gradients, textPath, mpath, animations) are allowed here and
    /// their references checked separately. The flow* and mesh elements are what Inkscape writes for flowed text and
    /// mesh gradients; browsers draw nothing for them. Left out on purpose: script, foreignObject, the SVG font elements
    /// (font-face-uri loads a font), cursor and color-profile (they load files), tref, discard and anything unknown.
    /// </summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.Create(
        StringComparer.Ordinal,
        "svg", "g", "defs", "symbol", "use", "switch", "view", "title", "desc", "metadata", "a", "image", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "meshgradient", "meshrow", "meshpatch", "hatch", "hatchpath",
        "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
        "animate", "animateColor", "animateMotion", "animateTransform", "set", "mpath",
        "flowRoot", "flowRegion", "flowRegionExclude", "flowRegionBreak", "flowPara", "flowSpan", "flowDiv", "flowLine");

    /// <summary>Elements whose <c>attributeName</c> names the attribute they change: a link or an event attribute must not be one.</summary>
    public static readonly FrozenSet<string> Animations = FrozenSet.Create(
        StringComparer.Ordinal, "animate", "animateColor", "animateMotion", "animateTransform", "set");

    /// <summary>XLink attributes other than href only describe the link; href is checked as a reference.</summary>
    public static readonly FrozenSet<string> XLinkAttributes = FrozenSet.Create(
        StringComparer.Ordinal, "href", "title", "show", "actuate", "type", "role", "arcrole");

    /// <summary>xml:lang and xml:space only; xml:base is refused because it moves every relative reference elsewhere.</summary>
    public static readonly FrozenSet<string> XmlAttributes = FrozenSet.Create(StringComparer.Ordinal, "lang", "space");

    /// <summary>Inkscape's and Sodipodi's own data (layers, guides, the window it was saved from); browsers ignore it.</summary>
    public static bool IsEditorNamespace(string ns) => ns is Inkscape or Sodipodi;

    /// <summary>The RDF, Dublin Core and Creative Commons data editors' tools write into &lt;metadata&gt;.</summary>
    public static bool IsMetadataNamespace(string ns) => ns is Rdf or DublinCore or CreativeCommons;

    /// <summary>Namespaces whose attributes may appear on any element; each is data only browsers ignore.</summary>
    public static bool IsAttributeNamespace(string ns) => IsEditorNamespace(ns) || IsMetadataNamespace(ns) || ns is OpenSwatchBook;
}
