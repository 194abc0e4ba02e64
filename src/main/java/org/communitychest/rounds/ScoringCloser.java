package org.communitychest.rounds;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.communitychest.base.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes scoring at each round's scoring deadline, once across nodes; the round goes to moderation. */
@Component
class ScoringCloser {

    private final Rounds rounds;

    ScoringCloser(Rounds rounds) {
        this.rounds = rounds;
    }

    @Scheduled(fixedDelayString = "${chest.rounds.scoring-close-check-interval:30s}")
    @SchedulerLock(name = "scoring-closer")
    void closeDueScoring() {
        SystemActor.callAsSystem(rounds::closeDueScoring);
    }
}
