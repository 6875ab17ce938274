namespace Portal.Geography;

/// <summary>
/// A ring of a topology as the arcs it follows, in order. An index <c>i ≥ 0</c> is arc <c>i</c>; a negative index
/// <c>~i</c> (that is, <c>-i - 1</c>) is arc <c>i</c> reversed. Consecutive arcs share their end and start position.
/// </summary>
public sealed record TopologyRing(IReadOnlyList<int> ArcIndexes);
