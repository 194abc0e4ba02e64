package org.communitychest.applications;

import org.communitychest.base.Message;

/**
 * What releasing a round's decisions did: how many applications were told now, how many had been told before (a
 * second release changes nothing), and how many emails were queued.
 */
public record DecisionsReleased(int released, int releasedBefore, int mailsQueued) {

    public boolean changedNothing() {
        return released == 0;
    }

    /** For the officer: ‘12 groups are being told the panel's decision.’ or ‘Already released: nothing changed.’ */
    public Message message() {
        return changedNothing() ? Message.of("staff.apply.decisions.already-released", releasedBefore)
                : Message.of("staff.apply.decisions.released", released, mailsQueued);
    }
}
