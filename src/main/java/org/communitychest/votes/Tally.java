package org.communitychest.votes;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitychest.votes.count.CountingRule;
import org.communitychest.votes.count.PabulibFile;
import org.communitychest.votes.count.PabulibFormatException;
import org.communitychest.votes.count.VoteCount;

/**
 * {@code java -jar <the jar> tally FILE.pb [--rule equalshares/add1|equalshares|greedy]}: counts a Pabulib approval
 * file without the portal (no Spring, no database) and prints the funded project ids one per line in the order
 * chosen, a blank line, and the total cost. The rule is {@code --rule}, else the file's META {@code rule}.
 *
 * <p>Its messages are English in the code, not from the translation bundles: it is a terminal tool for anyone
 * recounting a published file, which, like Pabulib's own tools and file format, speaks English.
 */
public final class Tally {

    public static final String COMMAND = "tally"; // not user text: the command-line word
    public static final int OK = 0;
    public static final int BAD_USAGE = 1;
    public static final int BAD_FILE = 2;

    private static final String USAGE = "usage: tally FILE.pb [--rule " // not user text: terminal output
            + Arrays.stream(CountingRule.values()).map(CountingRule::pabulibName).collect(Collectors.joining("|"))
            + "]";

    private Tally() {
    }

    /** Whether the command line asks for a tally rather than the portal. */
    public static boolean isAsked(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * @param args the command line, {@code tally} first or not
     * @return the exit status: {@link #OK}, {@link #BAD_USAGE} (no file, an unknown rule) or {@link #BAD_FILE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = isAsked(args) ? Arrays.copyOfRange(args, 1, args.length) : args;
        String file = null;
        String rule = null;
        for (int i = 0; i < rest.length; i++) {
            if (rest[i].equals("--rule") && i + 1 < rest.length) {
                rule = rest[++i];
            } else if (rest[i].startsWith("--rule=")) {
                rule = rest[i].substring("--rule=".length());
            } else if (file == null && !rest[i].startsWith("--")) {
                file = rest[i];
            } else {
                err.println(USAGE);
                return BAD_USAGE;
            }
        }
        if (file == null) {
            err.println(USAGE);
            return BAD_USAGE;
        }
        PabulibFile pb;
        try {
            pb = PabulibFile.read(Path.of(file));
        } catch (PabulibFormatException e) {
            err.println(file + ": " + e.getMessage());
            return BAD_FILE;
        }
        Optional<String> named = Optional.ofNullable(rule).or(pb::rule);
        if (named.isEmpty()) {
            err.println(file + ": META names no rule; give one with --rule"); // not user text: terminal output
            err.println(USAGE);
            return BAD_USAGE;
        }
        Optional<CountingRule> counting = CountingRule.byPabulibName(named.get());
        if (counting.isEmpty()) {
            err.println("tally does not count by rule " + named.get() // not user text: terminal output
                    + "; give one with --rule"); // not user text: terminal output
            err.println(USAGE);
            return BAD_USAGE;
        }
        VoteCount count = counting.get().count(pb.election());
        count.selected().forEach(out::println);
        out.println();
        out.println(count.totalCost());
        return OK;
    }
}
