using NetTopologySuite.Geometries;

namespace Portal.Maps.Rendering;

/// <summary>
/// Groups markers that would overlap. A grid of cells the size of the radius finds neighbours in constant time,
/// so grouping stays linear in the number of markers; when a map would still carry too many marks to stay small,
/// the radius grows until it does not.
/// </summary>
public static class MarkerClusterer
{
    public const double Radius = 12;
    public const int MaxMarks = 300;

    /// <param name="maxMarks">How many marks the map can carry and stay within its byte budget.</param>
    public static IReadOnlyList<MarkerCluster> Cluster(IReadOnlyList<(MapMarker Marker, Coordinate Pixel)> placed, int maxMarks = MaxMarks)
    {
        var radius = Radius;
        while (true)
        {
            var clusters = ClusterWithin(placed, radius);
            if (clusters.Count <= maxMarks)
            {
                return clusters;
            }

            radius *= 1.5;
        }
    }

    private static List<MarkerCluster> ClusterWithin(IReadOnlyList<(MapMarker Marker, Coordinate Pixel)> placed, double radius)
    {
        var cells = new Dictionary<(int, int), List<int>>();
        var members = new List<List<(MapMarker Marker, Coordinate Pixel)>>();
        var centres = new List<Coordinate>();
        foreach (var item in placed)
        {
            var cell = ((int)Math.Floor(item.Pixel.X / radius), (int)Math.Floor(item.Pixel.Y / radius));
            var found = -1;
            for (var dx = -1; dx <= 1 && found < 0; dx++)
            {
                for (var dy = -1; dy <= 1 && found < 0; dy++)
                {
                    if (cells.TryGetValue((cell.Item1 + dx, cell.Item2 + dy), out var candidates))
                    {
                        found = candidates.FirstOrDefault(c => centres[c].Distance(item.Pixel) < radius, -1);
                    }
                }
            }

            if (found < 0)
            {
                found = members.Count;
                members.Add([]);
                centres.Add(item.Pixel);
                if (!cells.TryGetValue(cell, out var list))
                {
                    cells[cell] = list = [];
                }

                list.Add(found);
            }

            members[found].Add(item);
        }

        return members.Select((group, i) => new MarkerCluster(
            group.Count == 1 ? group[0].Pixel : new Coordinate(group.Average(m => m.Pixel.X), group.Average(m => m.Pixel.Y)),
            group.Select(m => m.Marker).ToList())).ToList();
    }
}
