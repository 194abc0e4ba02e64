package org.communitychest.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How many participants fell in one band. */
@Embeddable
class ReportDemographic {

    static final String AGE = "AGE"; // not user text: dimension code

    @Column(nullable = false, length = 20)
    private String dimension;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgeBand band;

    @Column(nullable = false)
    private int people;

    protected ReportDemographic() {
    }

    ReportDemographic(AgeBand band, int people) {
        this.dimension = AGE;
        this.band = band;
        this.people = people;
    }

    AgeBand band() {
        return band;
    }

    int people() {
        return people;
    }
}
