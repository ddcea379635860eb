package org.regenpath.directory;

/**
 * Great-circle distance on a spherical Earth by the haversine formula (R. W. Sinnott, "Virtues of the Haversine",
 * Sky and Telescope 68(2), 1984), and the bounding box of a radius for an index range scan before it (J. P.
 * Matuschek, "Finding Points Within a Distance of a Latitude/Longitude Using Bounding Coordinates", 2011). The
 * search runs the same formula in SQL ({@link Listings#nearby}); this is the reference it is tested against.
 */
final class GreatCircle {

    /** The mean Earth radius R1 = 6371.0088 km (Moritz, Geodetic Reference System 1980), in statute miles. */
    static final double EARTH_RADIUS_MILES = 6371.0088 / 1.609344;

    private GreatCircle() {
    }

    /** Miles between two points given in decimal degrees. */
    static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /**
     * The smallest latitude/longitude box that holds every point within {@code miles} of the centre. When the circle
     * reaches a pole or crosses the 180th meridian the longitude range is the whole circle ({@code wrapsLongitude}).
     */
    static Box around(double lat, double lon, double miles) {
        double angular = miles / EARTH_RADIUS_MILES;
        double dLat = Math.toDegrees(angular);
        double minLat = lat - dLat;
        double maxLat = lat + dLat;
        if (minLat <= -90 || maxLat >= 90) {
            return new Box(Math.max(minLat, -90), Math.min(maxLat, 90), -180, 180, true);
        }
        double dLon = Math.toDegrees(Math.asin(Math.sin(angular) / Math.cos(Math.toRadians(lat))));
        double minLon = lon - dLon;
        double maxLon = lon + dLon;
        if (minLon < -180 || maxLon > 180) {
            return new Box(minLat, maxLat, -180, 180, true);
        }
        return new Box(minLat, maxLat, minLon, maxLon, false);
    }

    /** A range of latitudes and longitudes in decimal degrees. */
    record Box(double minLat, double maxLat, double minLon, double maxLon, boolean wrapsLongitude) {}
}
