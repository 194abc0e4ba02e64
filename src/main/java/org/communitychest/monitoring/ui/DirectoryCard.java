package org.communitychest.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communitychest.base.ui.Texts;
import org.communitychest.monitoring.DirectoryEntry;
import org.communitychest.monitoring.ListingSession;

/** A funded activity as the directory shows it: what, when, where, who for, cost, and how to refer someone. */
class DirectoryCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.UK); // not user text

    /** {@code linkTitle}: in a list, the name is a level-two heading linking to the activity's own page. */
    DirectoryCard(DirectoryEntry entry, boolean linkTitle) {
        addClassNames("cc-card", "cc-directory-card");
        var l = entry.listing();
        com.vaadin.flow.component.HtmlContainer heading;
        if (linkTitle) {
            heading = new H2(new Anchor(MonitoringNavigation.directoryEntry(entry.id()), l.name()));
        } else {
            heading = new com.vaadin.flow.component.html.H1(l.name());
        }
        var by = new Span(entry.organisationName());
        by.addClassName("cc-directory-by");
        add(by, heading, new Paragraph(l.description()));
        var facts = new DescriptionList();
        fact(facts, "monitoring.directory.when", l.sessions().stream().map(this::when)
                .collect(Collectors.joining("; ")));
        fact(facts, "monitoring.directory.where", String.join(", ", l.venueName(), l.addressLine(), l.postcode()));
        fact(facts, "monitoring.directory.who-for", l.whoFor());
        fact(facts, "monitoring.directory.cost", getTranslation("monitoring.directory.free"));
        fact(facts, "monitoring.directory.needs", entry.needs().stream().map(n -> Texts.of(n.name()))
                .collect(Collectors.joining(", ")));
        fact(facts, "monitoring.directory.areas", entry.areas().stream().map(a -> a.name())
                .collect(Collectors.joining(", ")));
        add(facts);
        var refer = new Div(new Paragraph(getTranslation("monitoring.directory.refer", l.howToRefer())));
        refer.addClassName("cc-directory-refer");
        var email = new Anchor("mailto:" + l.referralEmail(), l.referralEmail()); // not user text: link scheme
        refer.add(email);
        if (l.webAddress() != null) {
            var web = new Anchor(l.webAddress(), getTranslation("monitoring.directory.website"));
            web.getElement().setAttribute("rel", "noopener"); // not user text: attribute
            refer.add(new Span(" · "), web);
        }
        add(refer);
    }

    private String when(ListingSession s) {
        String day = s.day().getDisplayName(TextStyle.FULL, getLocale());
        String times = getTranslation("monitoring.directory.times", day, TIME.format(s.startsAt()).toLowerCase(
                Locale.UK), TIME.format(s.endsAt()).toLowerCase(Locale.UK));
        return s.note() == null ? times : times + " (" + s.note() + ")";
    }

    private void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }
}
