package org.communitychest.monitoring.outcomes;

import java.util.Optional;
import org.communitychest.base.Message;

/** When a participant answered: as they started with the project, or at its follow-up. */
public enum Stage {
    BASELINE("baseline", "outcomes.stage.baseline"), // not user text: the outcomes file's values
    FOLLOW_UP("follow_up", "outcomes.stage.follow-up");

    private final String fileValue;
    private final String labelKey;

    Stage(String fileValue, String labelKey) {
        this.fileValue = fileValue;
        this.labelKey = labelKey;
    }

    /** How the outcomes file writes the stage. */
    public String fileValue() {
        return fileValue;
    }

    public Message label() {
        return Message.of(labelKey);
    }

    /** The stage a value of the outcomes file names, in any letter case, with a hyphen or space for the underscore. */
    public static Optional<Stage> ofFileValue(String text) {
        String value = OutcomeCsvColumns.normalised(text);
        for (Stage stage : values()) {
            if (stage.fileValue.equals(value)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
