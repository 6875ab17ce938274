using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig's attribute parser, for attributes of at most <see cref="MaxLength"/> characters. Markdig reads an
/// unquoted value up to white space or <c>}</c>, so each <c>{x=</c> of a paragraph without spaces was read to the end
/// of the paragraph: O(n²), 8 s for 200 KB. Attributes are an id, classes, <c>lang</c> and <c>dir</c> (the raw-HTML
/// policy removes the rest), far shorter; a longer <c>{…}</c> is shown as text. Shorter ones are parsed by Markdig,
/// exactly as before.
/// </summary>
public sealed class GuardedGenericAttributesParser : GenericAttributesParser
{
    public const int MaxLength = 256;

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        EndWithinLimit(slice) && base.Match(processor, ref slice);

    /// <summary>Whether the attributes at the slice's <c>{</c> end within <see cref="MaxLength"/> characters.</summary>
    public static bool EndWithinLimit(StringSlice slice)
    {
        slice.End = Math.Min(slice.End, slice.Start + MaxLength);
        return TryParse(ref slice, out _);
    }
}
