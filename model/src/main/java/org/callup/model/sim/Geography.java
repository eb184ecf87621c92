package org.callup.model.sim;

import java.util.List;
import org.callup.model.params.BorderParams;
import org.callup.model.params.BorderPostSpec;
import org.callup.model.params.PostMode;
import org.callup.model.params.RegionSpec;

/**
 * Distances from regions to posts (great circle between the region's centroid and the post) and the days it takes
 * to get there: by road at {@code roadKmPerDay}, rounded to whole days (a man decides at any hour of the day, so a
 * post within half a day's drive is reached the same day); to an airport, one day, or two from beyond 1000 km (a
 * domestic flight or train first).
 */
final class Geography {
    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final double FAR_FROM_AIRPORT_KM = 1000;

    private Geography() {}

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static double[][] distance1000Km(List<RegionSpec> regions, List<BorderPostSpec> posts) {
        double[][] d = new double[regions.size()][posts.size()];
        for (int r = 0; r < regions.size(); r++) {
            RegionSpec rs = regions.get(r);
            for (int p = 0; p < posts.size(); p++) {
                BorderPostSpec ps = posts.get(p);
                d[r][p] = km(rs.latitude(), rs.longitude(), ps.latitude(), ps.longitude()) / 1000.0;
            }
        }
        return d;
    }

    static int[][] travelDays(double[][] distance1000Km, BorderParams bp) {
        List<BorderPostSpec> posts = bp.posts();
        int[][] t = new int[distance1000Km.length][posts.size()];
        for (int r = 0; r < t.length; r++) {
            for (int p = 0; p < posts.size(); p++) {
                double km = distance1000Km[r][p] * 1000;
                t[r][p] = posts.get(p).mode() == PostMode.AIR
                        ? (km > FAR_FROM_AIRPORT_KM ? 2 : 1)
                        : (int) Math.round(km / bp.roadKmPerDay());
            }
        }
        return t;
    }
}
