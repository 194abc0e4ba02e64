package org.communitychest;

import java.time.temporal.ChronoUnit;

/** The migrations and round trips on the embedded H2 database (MySQL mode), in the shared test context. */
@ChestSpringTest
class H2DatabaseTest extends DatabaseRoundTrips {

    @Override
    ChronoUnit instantPrecision() {
        return ChronoUnit.MICROS;
    }
}
