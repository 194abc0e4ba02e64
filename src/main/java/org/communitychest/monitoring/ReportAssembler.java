package org.communitychest.monitoring;

import java.time.Clock;
import java.util.EnumMap;
import org.communitychest.awards.GrantDetails;
import org.communitychest.awards.GrantRow;
import org.communitychest.base.London;
import org.springframework.stereotype.Component;

/** Puts a report together with its grant, which parts are done and its photos. */
@Component
class ReportAssembler {

    private final ReportPhotoRepository photos;
    private final OutcomeAnswerRepository outcomes;
    private final Clock clock;

    ReportAssembler(ReportPhotoRepository photos, OutcomeAnswerRepository outcomes, Clock clock) {
        this.photos = photos;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    ReportSummary summary(GrantReport report, GrantDetails grant) {
        return report.summary(grant.reference(), grant.projectTitle(), grant.organisationName(),
                London.today(clock));
    }

    ReportSummary summary(GrantReport report, GrantRow grant) {
        return report.summary(grant.reference(), grant.projectTitle(), grant.organisationName(),
                London.today(clock));
    }

    ReportDetails details(GrantReport report, GrantDetails grant) {
        var content = report.content();
        var done = new EnumMap<ReportSection, Boolean>(ReportSection.class);
        for (var section : ReportSection.of(report.getForm())) {
            done.put(section, section == ReportSection.OUTCOMES ? outcomes.existsByGrantId(grant.id())
                    : done(section, report.getForm(), content, grant, photos.countByReportId(report.getId())));
        }
        return new ReportDetails(summary(report, grant), grant, content, done, photos.infosOf(report.getId()),
                outcomes.countByGrantId(grant.id()),
                report.getReviewedAt(), report.getReviewedBy(), report.getReviewComments(), report.getVersion());
    }

    private static boolean done(ReportSection section, ReportForm form, ReportContent c, GrantDetails grant,
            long photoCount) {
        return switch (section) {
            case ACTIVITY -> c.sessions() != null && c.participants() != null
                    && (form == ReportForm.SHORT || c.attendances() != null);
            case REFERRALS -> grant.needs().stream().allMatch(n -> c.referralsByNeed().containsKey(n.id()));
            case PEOPLE -> !c.ages().isEmpty();
            case SPEND -> c.spendConfirmed()
                    && (form == ReportForm.SHORT || c.spend().stream().allMatch(l -> l.spent() != null));
            case OUTCOMES -> throw new IllegalArgumentException("outcomes are stored apart"); // not user text
            case STORY -> c.story() != null || photoCount > 0;
            case CHANGES -> c.challenges() != null;
        };
    }
}
