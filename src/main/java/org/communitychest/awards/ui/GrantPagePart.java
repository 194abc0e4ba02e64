package org.communitychest.awards.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.communitychest.awards.GrantDetails;

/**
 * A card another module adds to the grant pages, drawn again each time the page shows the grant; empty when it has
 * nothing to say about this grant.
 */
public interface GrantPagePart {

    /** On the page where the group's members answer the offer and follow their grant. */
    Optional<Component> forGroup(GrantDetails grant);

    /** On the page where the officer manages the grant. */
    Optional<Component> forOfficer(GrantDetails grant);
}
