package org.communitychest.votes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.RouteId;
import org.communitychest.base.ui.Texts;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.votes.PublishedVote;
import org.communitychest.votes.PublishedVotes;

/**
 * Public, once the round's decision is released: how residents voted, how the pot was shared, each project's
 * approvals and what the count said of it, and the anonymous ballots for anyone to count again. Made for a phone,
 * in English and Bengali like the ballot.
 */
@Route("funding/:roundId" + RouteId.PATTERN + "/vote")
@AnonymousAllowed
class PublicVoteResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final Paragraph method = new Paragraph();
    final Div funded = new Div();
    final Div notFunded = new Div();
    final Div download = new Div();
    private final H1 title = new H1();
    private final PublishedVotes published;
    private PublishedVote vote;

    PublicVoteResultView(PublishedVotes published) {
        this.published = published;
        addClassName("cc-page");
        addClassName("cc-form-page");
        var check = new Div(new H2(text("check")), new Paragraph(text("check-intro")), download);
        check.addClassName("cc-card");
        add(title, summary, method, funded, notFunded, check);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId")
                .orElseThrow(() -> new RecordNotFoundException("Round")); // not user text: what was not found
        vote = published.ofRound(roundId).orElseThrow(() -> new RecordNotFoundException("Vote")); // not user text
        title.setText(getTranslation("votes.result.title", vote.roundTitle()));
        summary.setText(getTranslation("votes.result.summary", vote.ballots(), vote.pot().toShortString(),
                vote.partnershipName(), London.format(London.toLocal(vote.releasedAt()).toLocalDate())));
        method.setText(vote.method() == AllocationMethod.EQUAL_SHARES
                ? getTranslation("votes.result.method-equal", vote.share().toString())
                : text("method-approvals"));
        show(funded, "funded", vote.bids().stream().filter(PublishedVote.Bid::funded).toList());
        show(notFunded, "not-funded", vote.bids().stream().filter(b -> !b.funded()).toList());
        download.removeAll();
        String name = "vote-round-" + roundId + ".pb"; // not user text: file name
        download.add(Downloads.link(text("download"), () -> new Downloads.File(name, "text/plain;charset=UTF-8",
                published.pabulib(roundId).orElseThrow().getBytes(StandardCharsets.UTF_8))));
    }

    private void show(Div card, String heading, List<PublishedVote.Bid> bids) {
        card.removeAll();
        card.setVisible(!bids.isEmpty());
        card.addClassName("cc-card");
        var list = new UnorderedList();
        for (var b : bids) {
            var item = new ListItem(new H3(getTranslation("votes.result.bid", b.bid().title(),
                    b.bid().organisationName(), b.bid().cost().toShortString())));
            item.add(new Paragraph(Texts.sentence(b.countSays())));
            if (b.funded()) {
                item.add(new Paragraph(getTranslation("votes.result.awarded", b.awarded().toShortString())));
            }
            if (b.overrideReason() != null) {
                item.add(new Paragraph(getTranslation("votes.result.override", b.overrideReason())));
            }
            list.add(item);
        }
        card.add(new H2(text(heading)), list);
    }

    private String text(String key) {
        return getTranslation("votes.result." + key);
    }

    @Override
    public String getPageTitle() {
        return vote == null ? text("page-title") : getTranslation("votes.result.title", vote.roundTitle());
    }
}
