using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Portal.Geography;

/// <summary>Makes a geometry valid, changing it only when it is not.</summary>
public static class GeometryRepair
{
    /// <summary>The geometry itself when it is valid; otherwise its repair by <see cref="GeometryFixer"/>.</summary>
    public static Geometry MakeValid(Geometry geometry) => geometry.IsValid ? geometry : GeometryFixer.Fix(geometry);
}
