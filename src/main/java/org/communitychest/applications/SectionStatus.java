package org.communitychest.applications;

import java.util.List;
import org.communitychest.base.Message;

/** A section's state on the task list, with what is still missing or wrong. */
public record SectionStatus(Section section, SectionState state, List<Message> problems) {
}
