namespace Portal.Geography;

/// <summary>One position of an arc as written in the file: quantized and delta-encoded, or absolute.</summary>
public readonly record struct TopologyPosition(double X, double Y);
