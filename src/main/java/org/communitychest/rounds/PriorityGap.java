package org.communitychest.rounds;

import org.communitychest.base.Message;

/** A need in an area that the round especially wants to fund. */
public record PriorityGap(long needCategoryId, Message needName, long areaId, String areaName) {

    /** The need in the area, in words. */
    public Message label() {
        return Message.of("rounds.priority-gap", needName, areaName);
    }
}
