package org.communitychest.awards.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communitychest.awards.PublishedGrant;
import org.communitychest.awards.PublishedGrants;
import org.communitychest.base.London;
import org.communitychest.base.Money;
import org.communitychest.base.RecordNotFoundException;

/**
 * Public: the grants a partnership has awarded (accepted by the groups), largest first, each with its group, project,
 * amount, areas and needs, and links to the same data in the 360Giving standard, JSON and CSV.
 */
@Route("awarded/:code")
@AnonymousAllowed
class AwardedGrantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final Div list = new Div();
    final Anchor json = new Anchor();
    final Anchor csv = new Anchor();
    private final H1 title = new H1();
    private final PublishedGrants published;
    private String partnershipName = "";

    AwardedGrantsView(PublishedGrants published) {
        this.published = published;
        addClassName("cc-page");
        list.addClassName("cc-awarded-list");
        json.setText(getTranslation("awards.public.json"));
        csv.setText(getTranslation("awards.public.csv"));
        json.setRouterIgnore(true);
        csv.setRouterIgnore(true);
        var data = new Div(new H2(getTranslation("awards.public.data")),
                new Paragraph(getTranslation("awards.public.data-intro")), new Div(json), new Div(csv));
        data.addClassName("cc-card");
        add(title, summary, list, data);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        var partnership = published.find(code).orElseThrow(() -> new RecordNotFoundException("Partnership"));
        partnershipName = partnership.name();
        title.setText(getTranslation("awards.public.title", partnershipName));
        var grants = published.of(code);
        var total = grants.stream().map(PublishedGrant::amount).reduce(Money.ZERO, Money::plus);
        summary.setText(grants.isEmpty() ? getTranslation("awards.public.none")
                : getTranslation("awards.public.summary", grants.size(), total.toShortString()));
        list.removeAll();
        grants.forEach(g -> list.add(card(g)));
        json.setHref("/open-data/" + code + "/360giving.json"); // not user text: a path
        csv.setHref("/open-data/" + code + "/360giving.csv"); // not user text: a path
    }

    private Div card(PublishedGrant g) {
        var amount = new Span(g.amount().toShortString());
        amount.addClassName("cc-amount");
        var card = new Div(new Span(g.organisationName()), new H2(g.projectTitle()), amount,
                new Paragraph(getTranslation("awards.public.when", g.roundTitle(), London.format(g.awarded()))));
        if (!g.areas().isEmpty()) {
            card.add(new Paragraph(getTranslation("awards.public.areas", String.join(", ", g.areas()))));
        }
        if (!g.needs().isEmpty()) {
            card.add(new Paragraph(getTranslation("awards.public.needs", String.join(", ", g.needs()))));
        }
        card.addClassNames("cc-card", "cc-awarded-grant");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("awards.public.title", partnershipName);
    }
}
