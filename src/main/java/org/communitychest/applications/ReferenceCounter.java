package org.communitychest.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last reference number given in a partnership's year, e.g. 42 for THT-2026-0042. */
@Entity
@Table(name = "reference_counter")
class ReferenceCounter {

    @EmbeddedId
    private Key key;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected ReferenceCounter() {
    }

    @Embeddable
    record Key(@Column(name = "partnership_id") long partnershipId, @Column(name = "ref_year") int year)
            implements Serializable {
    }
}
