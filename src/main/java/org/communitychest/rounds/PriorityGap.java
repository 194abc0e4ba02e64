package org.communitychest.rounds;

/** A need in an area that the round especially wants to fund. */
public record PriorityGap(long needCategoryId, String needLabel, long areaId, String areaName) {

    public String label() {
        return needLabel + " in " + areaName;
    }
}
