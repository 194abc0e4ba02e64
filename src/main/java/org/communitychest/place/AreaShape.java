package org.communitychest.place;

import java.util.List;

/**
 * The shape drawn for one area. Each polygon is a list of rings, the outline first and then any holes; a ring is
 * its x,y pairs one after the other, closed (the last pair repeats the first), in hundred-thousandths of a unit
 * (of a degree for boundaries), so rounding is exact and comparing points is cheap.
 */
record AreaShape(String code, String name, List<List<long[]>> polygons) {

    /** Hundred-thousandths: five decimals, about a metre on the ground. */
    static final long SCALE = 100_000;

    static long scaled(double value) {
        return Math.round(value * SCALE);
    }
}
