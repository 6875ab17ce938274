namespace Portal.Geography;

/// <summary>
/// The transform of a quantized topology: a decoded position is
/// (<c>x × ScaleX + TranslateX</c>, <c>y × ScaleY + TranslateY</c>) of the running sum of the arc's deltas.
/// </summary>
public sealed record TopologyTransform(double ScaleX, double ScaleY, double TranslateX, double TranslateY);
