package org.regenpath.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/**
 * The haversine distance against great-circle distances worked out by hand, and the bounding box the search narrows
 * rows with: it must hold every point within the radius, or the search would miss providers.
 */
class GreatCircleTests {

    /** R = 6371.0088 km / 1.609344 km per mile. */
    private static final double R = 3958.7613338;

    @Test
    void oneDegreeOfLongitudeOnTheEquatorIsTheRadiusTimesPiOver180() {
        // R * pi / 180 = 3958.7613 * 0.0174533 = 69.0934 miles
        assertThat(GreatCircle.miles(0, 0, 0, 1)).isCloseTo(69.0934, within(0.0001));
        assertThat(GreatCircle.miles(0, 0, 1, 0)).isCloseTo(69.0934, within(0.0001));
    }

    @Test
    void fromTheEquatorToThePoleIsAQuarterOfTheCircumference() {
        // R * pi / 2 = 6218.4078 miles, whatever the longitude
        assertThat(GreatCircle.miles(0, 17, 90, -120)).isCloseTo(R * Math.PI / 2, within(1e-6));
        assertThat(GreatCircle.miles(0, 0, 90, 0)).isCloseTo(6218.4078, within(0.0001));
    }

    @Test
    void antipodesAreHalfTheCircumferenceApart() {
        // The haversine is ill-conditioned at the antipodes (asin near 1): a thousandth of a mile, not a millionth.
        assertThat(GreatCircle.miles(10, 20, -10, -160)).isCloseTo(R * Math.PI, within(0.001));
    }

    @Test
    void albanyToMidtownManhattanByTheirZipCentroids() {
        // 12207 (42.655489, -73.747618) to 10001 (40.75065, -73.997293):
        // dlat = -1.904839 deg, dlon = -0.249675 deg; a = sin^2(dlat/2) + cos(42.655489) cos(40.75065) sin^2(dlon/2)
        // = 2.76383e-4 + 0.735260 * 0.757532 * 4.74746e-6 = 2.79027e-4; d = 2R asin(sqrt(a)) = 132.240 miles
        assertThat(GreatCircle.miles(42.655489, -73.747618, 40.75065, -73.997293)).isCloseTo(132.240,
                within(0.001));
    }

    @Test
    void aPointIsNoDistanceFromItself() {
        assertThat(GreatCircle.miles(42.65, -73.75, 42.65, -73.75)).isZero();
    }

    @Test
    void theBoxHoldsEveryPointOnTheCircleOfTheRadius() {
        qt().forAll(doubles().between(-70, 70), doubles().between(-179, 179), doubles().between(1, 500),
                doubles().between(0, 2 * Math.PI)).checkAssert((lat, lon, miles, bearing) -> {
                    double[] p = destination(lat, lon, miles * 0.999_999, bearing);
                    GreatCircle.Box box = GreatCircle.around(lat, lon, miles);
                    assertThat(p[0]).isBetween(box.minLat(), box.maxLat());
                    if (!box.wrapsLongitude()) {
                        assertThat(p[1]).isBetween(box.minLon(), box.maxLon());
                    }
                    assertThat(GreatCircle.miles(lat, lon, p[0], p[1])).isCloseTo(miles * 0.999_999,
                            within(1e-6 * miles + 1e-9));
                });
    }

    @Test
    void aBoxAcrossThe180thMeridianTakesEveryLongitude() {
        GreatCircle.Box box = GreatCircle.around(52, 179.5, 100);
        assertThat(box.wrapsLongitude()).isTrue();
        assertThat(GreatCircle.around(42.65, -73.75, 100).wrapsLongitude()).isFalse();
    }

    /** The point reached from (lat, lon) along a bearing (radians) after the distance (Vincenty's direct, sphere). */
    private static double[] destination(double lat, double lon, double miles, double bearing) {
        double d = miles / R;
        double p1 = Math.toRadians(lat);
        double l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
        double l2 = l1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1),
                Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        double lonDeg = Math.toDegrees(l2);
        lonDeg = ((lonDeg + 540) % 360) - 180;
        return new double[] {Math.toDegrees(p2), lonDeg};
    }
}
