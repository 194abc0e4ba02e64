package org.communitychest.place;

import java.util.List;
import org.communitychest.base.Message;

/**
 * The outcome of uploading shapes: either the map was replaced ({@code saved} says what it is now, and
 * {@code warnings} what was left out), or nothing changed and {@code problem} says why.
 */
public record AreaMapUploadResult(Message problem, List<Message> warnings, AreaMapStatus saved) {

    static AreaMapUploadResult refused(Message problem) {
        return new AreaMapUploadResult(problem, List.of(), null);
    }

    public boolean succeeded() {
        return problem == null;
    }
}
