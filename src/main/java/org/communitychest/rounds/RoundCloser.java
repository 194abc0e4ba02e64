package org.communitychest.rounds;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.communitychest.base.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes rounds at their closing time. Submission checks the time itself, so a late run refuses nothing wrongly. */
@Component
class RoundCloser {

    private final Rounds rounds;

    RoundCloser(Rounds rounds) {
        this.rounds = rounds;
    }

    @Scheduled(fixedDelayString = "${chest.rounds.close-check-interval:30s}")
    @SchedulerLock(name = "round-closer")
    void closeDueRounds() {
        SystemActor.callAsSystem(rounds::closeDueRounds);
    }
}
