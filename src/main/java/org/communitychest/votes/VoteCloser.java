package org.communitychest.votes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.communitychest.base.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes each vote at its closing time, once across nodes. */
@Component
class VoteCloser {

    private final Votes votes;

    VoteCloser(Votes votes) {
        this.votes = votes;
    }

    @Scheduled(fixedDelayString = "${chest.votes.close-check-interval:30s}")
    @SchedulerLock(name = "vote-closer")
    void closeDue() {
        SystemActor.callAsSystem(votes::closeDue);
    }
}
