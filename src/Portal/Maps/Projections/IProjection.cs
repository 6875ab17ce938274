namespace Portal.Maps.Projections;

/// <summary>A map projection of the unit sphere: longitude and latitude in degrees to plane coordinates (y up).</summary>
public interface IProjection
{
    (double X, double Y) Project(double longitude, double latitude);
}
