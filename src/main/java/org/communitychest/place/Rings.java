package org.communitychest.place;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Rings of boundary points made as small as a borough map needs: rounded to five decimals (about a metre),
 * repeated points dropped, and simplified (Douglas–Peucker) so that no point moves the line by more than
 * {@link #TOLERANCE}. ONS full-resolution boundaries have far more points than a screen can show.
 */
final class Rings {

    /** Two hundred-thousandths of a degree: about 1.4 m east–west and 2.2 m north–south in England. */
    static final long TOLERANCE = 2;
    /** Points simplified at a time. */
    static final int STRETCH = 256;

    private Rings() {
    }

    /** Rounded, without repeated points, closed; null when fewer than three distinct points are left. */
    static long[] rounded(double[] xy) {
        long[] ring = new long[xy.length + 2];
        int length = 0;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            long x = AreaShape.scaled(xy[i]);
            long y = AreaShape.scaled(xy[i + 1]);
            if (length == 0 || ring[length - 2] != x || ring[length - 1] != y) {
                ring[length++] = x;
                ring[length++] = y;
            }
        }
        if (length >= 2 && (ring[0] != ring[length - 2] || ring[1] != ring[length - 1])) {
            ring[length++] = ring[0];
            ring[length++] = ring[1];
        }
        return length < 8 ? null : Arrays.copyOf(ring, length);
    }

    /**
     * The closed ring with only the points that matter at {@code tolerance}; as it was if that left too few.
     * Douglas–Peucker takes time that grows with the square of the points in the worst case (a zigzag), so a long
     * ring is simplified {@value #STRETCH} points at a time: the work stays in proportion to the points, and the
     * one extra point kept every {@value #STRETCH} does not show.
     */
    static long[] simplified(long[] ring, long tolerance) {
        int points = ring.length / 2;
        if (points <= 5) {
            return ring;
        }
        boolean[] keep = new boolean[points];
        var stack = new ArrayDeque<int[]>();
        for (int from = 0; from < points - 1; from += STRETCH) {
            int to = Math.min(from + STRETCH, points - 1);
            keep[from] = true;
            keep[to] = true;
            stack.push(new int[] {from, to});
        }
        double limit = (double) tolerance * tolerance;
        while (!stack.isEmpty()) {
            int[] span = stack.pop();
            int from = span[0];
            int to = span[1];
            int worst = -1;
            double worstDistance = limit;
            for (int i = from + 1; i < to; i++) {
                double distance = squaredDistanceToSegment(ring, i, from, to);
                if (distance > worstDistance) {
                    worst = i;
                    worstDistance = distance;
                }
            }
            if (worst >= 0) {
                keep[worst] = true;
                stack.push(new int[] {from, worst});
                stack.push(new int[] {worst, to});
            }
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept < 4) {
            return ring;
        }
        long[] result = new long[kept * 2];
        int at = 0;
        for (int i = 0; i < points; i++) {
            if (keep[i]) {
                result[at++] = ring[2 * i];
                result[at++] = ring[2 * i + 1];
            }
        }
        return result;
    }

    private static double squaredDistanceToSegment(long[] ring, int point, int from, int to) {
        double px = ring[2 * point];
        double py = ring[2 * point + 1];
        double ax = ring[2 * from];
        double ay = ring[2 * from + 1];
        double dx = ring[2 * to] - ax;
        double dy = ring[2 * to + 1] - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.clamp(((px - ax) * dx + (py - ay) * dy) / lengthSquared, 0, 1);
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return ex * ex + ey * ey;
    }
}
