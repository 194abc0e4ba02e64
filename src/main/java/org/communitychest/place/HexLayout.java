package org.communitychest.place;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four offset layouts of the ODI's HexJSON: pointy-topped hexagons in rows ({@code -r}) or flat-topped ones in
 * columns ({@code -q}), with the odd or even rows shifted half a hexagon right, or the odd or even columns shifted
 * half a hexagon up. As in HexJSON (and unlike screen coordinates) r grows upward, and odd or even is of the
 * absolute number, negative ones too. Hexagons are 1 wide across their flat sides, so neighbours' centres are 1
 * apart and their shared corners coincide.
 */
enum HexLayout {

    ODD_R, EVEN_R, ODD_Q, EVEN_Q;

    /** Centre to corner, for hexagons 1 across their flat sides. */
    static final double RADIUS = 1 / Math.sqrt(3);

    /** The name HexJSON gives it: {@code odd-r}. */
    String hexJsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<HexLayout> named(String name) {
        return Arrays.stream(values()).filter(l -> l.hexJsonName().equals(name)).findFirst();
    }

    boolean pointyTopped() {
        return this == ODD_R || this == EVEN_R;
    }

    /** The centre of hexagon q,r as x,y. */
    double[] centre(int q, int r) {
        return switch (this) {
            case ODD_R -> new double[] {q + (odd(r) ? 0.5 : 0), r * 1.5 * RADIUS};
            case EVEN_R -> new double[] {q + (odd(r) ? 0 : 0.5), r * 1.5 * RADIUS};
            case ODD_Q -> new double[] {q * 1.5 * RADIUS, r + (odd(q) ? 0.5 : 0)};
            case EVEN_Q -> new double[] {q * 1.5 * RADIUS, r + (odd(q) ? 0 : 0.5)};
        };
    }

    /**
     * The six corners of hexagon q,r, counter-clockwise as GeoJSON wants an outline, closed: x,y pairs in
     * {@link AreaShape#SCALE hundred-thousandths}. Pointy-topped hexagons start at the corner right of the top one.
     */
    long[] corners(int q, int r) {
        double[] centre = centre(q, r);
        double firstAngle = pointyTopped() ? 30 : 0;
        long[] ring = new long[14];
        for (int corner = 0; corner < 6; corner++) {
            double angle = Math.toRadians(firstAngle + 60 * corner);
            ring[2 * corner] = AreaShape.scaled(centre[0] + RADIUS * Math.cos(angle));
            ring[2 * corner + 1] = AreaShape.scaled(centre[1] + RADIUS * Math.sin(angle));
        }
        ring[12] = ring[0];
        ring[13] = ring[1];
        return ring;
    }

    private static boolean odd(int n) {
        return Math.floorMod(n, 2) == 1;
    }
}
