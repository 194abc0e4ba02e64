package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.communitychest.awards.GrantDetails;
import org.communitychest.awards.ui.GrantPagePart;
import org.communitychest.monitoring.MyListings;

/** On the group's grant page while it runs: its listing in the public directory, and the way to write it. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(2)
class ListingGrantPart implements GrantPagePart {

    private final MyListings listings;

    ListingGrantPart(MyListings listings) {
        this.listings = listings;
    }

    @Override
    public Optional<Component> forGroup(GrantDetails grant) {
        if (!grant.status().isLive()) {
            return Optional.empty();
        }
        var listing = listings.of(grant.id());
        var card = new Div();
        String state = !listing.exists() ? "monitoring.listing.state-none"
                : listing.form().published() ? "monitoring.listing.state-public" : "monitoring.listing.state-private";
        var edit = new Anchor(MonitoringNavigation.listing(grant.id()), card.getTranslation(listing.exists()
                ? "monitoring.listing.edit" : "monitoring.listing.write"));
        edit.addClassName("cc-button-link");
        card.add(new H2(card.getTranslation("monitoring.listing.title")), new Paragraph(card.getTranslation(state)),
                edit);
        card.addClassNames("cc-card", "cc-grant-listing");
        return Optional.of(card);
    }

    @Override
    public Optional<Component> forOfficer(GrantDetails grant) {
        return Optional.empty();
    }
}
