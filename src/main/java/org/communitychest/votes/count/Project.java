package org.communitychest.votes.count;

import java.util.Objects;

/**
 * A project (a bid) on the ballot.
 *
 * @param id its id, as the ballots name it
 * @param cost what it asks for, in whole currency units (at least 1)
 * @param name its name, for a result page
 */
public record Project(String id, long cost, String name) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (cost < 1) {
            throw new IllegalArgumentException("project " + id + " costs " + cost + "; a cost is at least 1");
        }
    }
}
