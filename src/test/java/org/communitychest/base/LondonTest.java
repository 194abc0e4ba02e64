package org.communitychest.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Instants are stored in UTC and shown in London time, summer time included. */
class LondonTest {

    @Test
    void aSortableTimeIsLondonTimeToTheMinute() {
        assertThat(London.sortable(Instant.parse("2026-11-30T14:05:59.123456Z"))).isEqualTo("2026-11-30 14:05");
        assertThat(London.sortable(Instant.parse("2026-07-01T13:05:00.000001Z"))).as("British Summer Time")
                .isEqualTo("2026-07-01 14:05");
        assertThat(London.sortable(null)).isEmpty();
    }
}
