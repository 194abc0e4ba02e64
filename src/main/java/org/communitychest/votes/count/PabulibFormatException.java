package org.communitychest.votes.count;

/**
 * A Pabulib file that cannot be counted, with the line where it goes wrong. {@link #problem()} and
 * {@link #detail()} are there for a page to say it in words; the message is English for a terminal and the log.
 */
public class PabulibFormatException extends Exception {

    public enum Problem {
        NOT_READABLE("cannot be read"), // not user text: the tally tool's terminal message
        NO_META_SECTION("does not start with META"), // not user text: the tally tool's terminal message
        MISSING_SECTION("ends the file before the section"), // not user text: the tally tool's terminal message
        MISSING_COLUMN("has no column"), // not user text: the tally tool's terminal message
        WRONG_FIELD_COUNT("has a different number of fields than its header:"), // not user text: terminal
        UNCLOSED_QUOTE("has a quote that is not closed"), // not user text: the tally tool's terminal message
        MISSING_META_KEY("opens a META section without"), // not user text: the tally tool's terminal message
        NOT_APPROVAL("has vote_type other than approval:"), // not user text: the tally tool's terminal message
        NOT_A_WHOLE_AMOUNT("has an amount that is not a whole number of at least 1 (0 for the budget):"), // not user text
        DUPLICATE_PROJECT("lists a project twice:"), // not user text: the tally tool's terminal message
        UNKNOWN_PROJECT("votes for a project not in PROJECTS:"), // not user text: the tally tool's terminal message
        DUPLICATE_APPROVAL("approves a project twice:"), // not user text: the tally tool's terminal message
        EMPTY_ID("has an empty id"); // not user text: the tally tool's terminal message

        private final String words;

        Problem(String words) {
            this.words = words;
        }
    }

    private final int line;
    private final Problem problem;
    private final String detail;

    public PabulibFormatException(int line, Problem problem, String detail) {
        super("line " + line + " " + problem.words + (detail.isEmpty() ? "" : " " + detail)); // not user text
        this.line = line;
        this.problem = problem;
        this.detail = detail;
    }

    /** The 1-based line number in the file (0 when the file ends too soon or cannot be read). */
    public int line() {
        return line;
    }

    public Problem problem() {
        return problem;
    }

    /** The offending value, column or section name. */
    public String detail() {
        return detail;
    }
}
