package org.communitychest.votes.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.communitychest.votes.count.PabulibFormatException.Problem;

/**
 * A Pabulib {@code .pb} file of an approval vote (pabulib.org; scoring spec 9): UTF-8 text in the sections META
 * ({@code key;value}), PROJECTS ({@code project_id;cost;…}) and VOTES ({@code voter_id;vote;…}), each a header line
 * and then {@code ;}-separated rows. A field may be quoted with {@code "} (a quote inside doubled), and spaces around
 * fields are dropped. Columns other than the ones the count needs are kept as they are, so a file written back has
 * them too.
 *
 * @param meta the META keys and values, in file order
 * @param projectColumns the PROJECTS header
 * @param projects the PROJECTS rows, each by column
 * @param voteColumns the VOTES header
 * @param votes the VOTES rows, each by column
 */
public record PabulibFile(Map<String, String> meta, List<String> projectColumns, List<Map<String, String>> projects,
                          List<String> voteColumns, List<Map<String, String>> votes) {

    private static final String META = "META"; // not user text: a Pabulib section name
    private static final String PROJECTS = "PROJECTS"; // not user text: a Pabulib section name
    private static final String VOTES = "VOTES"; // not user text: a Pabulib section name
    private static final String PROJECT_ID = "project_id"; // not user text: a Pabulib column
    private static final String COST = "cost"; // not user text: a Pabulib column
    private static final String VOTER_ID = "voter_id"; // not user text: a Pabulib column
    private static final String VOTE = "vote"; // not user text: a Pabulib column
    private static final String SELECTED = "selected"; // not user text: a Pabulib column
    private static final List<String> META_ORDER = List.of("description", "country", "unit", "subunit", "instance",
            "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end", "min_length",
            "max_length", "language", "currency"); // not user text: Pabulib keys

    public PabulibFile {
        meta = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projectColumns = List.copyOf(projectColumns);
        projects = projects.stream().map(PabulibFile::frozen).toList();
        voteColumns = List.copyOf(voteColumns);
        votes = votes.stream().map(PabulibFile::frozen).toList();
    }

    private static Map<String, String> frozen(Map<String, String> row) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(row));
    }

    public static PabulibFile read(Path file) throws PabulibFormatException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new PabulibFormatException(0, Problem.NOT_READABLE, e.getMessage() == null ? "" : e.getMessage());
        } catch (UncheckedIOException e) {
            throw new PabulibFormatException(0, Problem.NOT_READABLE, String.valueOf(e.getCause().getMessage()));
        }
    }

    public static PabulibFile read(String text) throws PabulibFormatException {
        return read(new StringReader(text));
    }

    public static PabulibFile read(Reader reader) throws PabulibFormatException {
        List<String> lines = new BufferedReader(reader).lines().toList();
        return new Parser(lines).parse();
    }

    /** META {@code rule}, if the file names one. */
    public Optional<String> rule() {
        return Optional.ofNullable(meta.get("rule")).map(String::strip).filter(r -> !r.isEmpty());
    }

    public long budget() {
        return wholeAmount(meta.get("budget"));
    }

    /** The projects the file marks {@code selected} 1, in file order. */
    public Set<String> selected() {
        Set<String> selected = new LinkedHashSet<>();
        for (Map<String, String> row : projects) {
            if ("1".equals(row.getOrDefault(SELECTED, "").strip())) {
                selected.add(row.get(PROJECT_ID));
            }
        }
        return selected;
    }

    /**
     * The vote to count. Ties go to the cheaper project, then to the one with more approvals, then to the one
     * listed first: the order the Pabulib checker uses when it recounts a file's {@code selected} column.
     */
    public ApprovalElection election() {
        List<Project> list = projects.stream().map(row -> new Project(row.get(PROJECT_ID),
                wholeAmount(row.get(COST)), row.getOrDefault("name", ""))).toList(); // not user text: a column
        List<Set<String>> ballots = votes.stream().map(row -> (Set<String>) new LinkedHashSet<>(
                approvals(row.get(VOTE)))).toList();
        Map<String, Long> approvals = new HashMap<>();
        ballots.forEach(b -> b.forEach(id -> approvals.merge(id, 1L, Long::sum)));
        List<String> tieOrder = IntStream.range(0, list.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> list.get(i).cost())
                        .thenComparingLong(i -> -approvals.getOrDefault(list.get(i).id(), 0L)))
                .map(i -> list.get(i).id()).toList();
        return new ApprovalElection(list, ballots, budget(), tieOrder);
    }

    /**
     * A file for a closed vote: its projects with their approvals and the count's funded list, and its ballots as
     * voters 1, 2, … in the order given (shuffle them first if that order could identify anyone).
     *
     * @param meta keys such as description, country, unit, instance, currency, date_begin, date_end; the file's own
     *        figures (num_projects, num_votes, budget, vote_type, rule) are filled in
     */
    public static PabulibFile of(ApprovalElection election, VoteCount count, String rule, Map<String, String> meta) {
        Map<String, String> keys = new LinkedHashMap<>(meta);
        keys.put("num_projects", String.valueOf(election.projects().size()));
        keys.put("num_votes", String.valueOf(election.voters()));
        keys.put("budget", String.valueOf(election.budget()));
        keys.put("vote_type", "approval"); // not user text: a Pabulib value
        keys.put("rule", rule);
        Set<String> funded = new HashSet<>(count.selected());
        long[] approvals = election.approvals();
        List<Map<String, String>> projects = new ArrayList<>();
        for (int i = 0; i < election.projects().size(); i++) {
            Project project = election.projects().get(i);
            Map<String, String> row = new LinkedHashMap<>();
            row.put(PROJECT_ID, project.id());
            row.put(COST, String.valueOf(project.cost()));
            row.put("votes", String.valueOf(approvals[i])); // not user text: a Pabulib column
            row.put("name", project.name()); // not user text: a Pabulib column
            row.put(SELECTED, funded.contains(project.id()) ? "1" : "0");
            projects.add(row);
        }
        List<Map<String, String>> votes = new ArrayList<>();
        List<String> order = election.ids();
        for (int v = 0; v < election.voters(); v++) {
            Set<String> ballot = election.ballots().get(v);
            votes.add(Map.of(VOTER_ID, String.valueOf(v + 1),
                    VOTE, String.join(",", order.stream().filter(ballot::contains).toList())));
        }
        return new PabulibFile(inPabulibOrder(keys), List.of(PROJECT_ID, COST, "votes", "name", SELECTED), projects,
                List.of(VOTER_ID, VOTE), votes); // not user text: Pabulib columns
    }

    private static Map<String, String> inPabulibOrder(Map<String, String> keys) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : META_ORDER) {
            if (keys.containsKey(key)) {
                ordered.put(key, keys.get(key));
            }
        }
        keys.forEach(ordered::putIfAbsent);
        return ordered;
    }

    public void write(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(writer);
        }
    }

    public void write(Writer out) throws IOException {
        out.write(META + "\n");
        out.write("key;value\n"); // not user text: the Pabulib META header
        for (Map.Entry<String, String> entry : meta.entrySet()) {
            out.write(row(List.of(entry.getKey(), entry.getValue())));
        }
        out.write(PROJECTS + "\n");
        writeSection(out, projectColumns, projects);
        out.write(VOTES + "\n");
        writeSection(out, voteColumns, votes);
    }

    public String text() {
        var out = new java.io.StringWriter();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeSection(Writer out, List<String> columns, List<Map<String, String>> rows)
            throws IOException {
        out.write(row(columns));
        for (Map<String, String> row : rows) {
            out.write(row(columns.stream().map(c -> row.getOrDefault(c, "")).toList()));
        }
    }

    private static String row(Collection<String> fields) {
        return String.join(";", fields.stream().map(PabulibFile::quoted).toList()) + "\n";
    }

    private static String quoted(String field) {
        String flat = field.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        boolean needsQuotes = flat.contains(";") || flat.contains("\"") || !flat.equals(flat.strip());
        return needsQuotes ? "\"" + flat.replace("\"", "\"\"") + "\"" : flat;
    }

    static List<String> approvals(String vote) {
        if (vote == null || vote.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(vote.split(",")).map(String::strip).toList();
    }

    private static long wholeAmount(String value) {
        return new BigDecimal(value.strip()).longValueExact();
    }

    /** Reads the lines in one pass, section by section. */
    private static final class Parser {
        private final List<String> lines;
        private int next;

        Parser(List<String> lines) {
            this.lines = lines;
        }

        PabulibFile parse() throws PabulibFormatException {
            Line first = nextContentLine();
            if (first == null || !first.text.strip().equalsIgnoreCase(META)) {
                throw new PabulibFormatException(first == null ? 0 : first.number, Problem.NO_META_SECTION, "");
            }
            Section meta = section(META, List.of("key", "value"), PROJECTS); // not user text: Pabulib columns
            Map<String, String> keys = new LinkedHashMap<>();
            for (Row row : meta.rows) {
                keys.put(row.fields.get(0), row.fields.get(1));
            }
            checkMeta(keys, meta);
            Section projects = section(PROJECTS, List.of(PROJECT_ID, COST), VOTES);
            Set<String> ids = checkProjects(projects);
            Section votes = section(VOTES, List.of(VOTER_ID, VOTE), null);
            checkVotes(votes, ids);
            return new PabulibFile(keys, projects.columns, projects.byColumn(), votes.columns, votes.byColumn());
        }

        private void checkMeta(Map<String, String> keys, Section meta) throws PabulibFormatException {
            String voteType = keys.get("vote_type");
            int line = meta.headerLine;
            for (Row row : meta.rows) {
                if (row.fields.get(0).equals("vote_type")) {
                    line = row.number;
                }
            }
            if (voteType == null) {
                throw new PabulibFormatException(meta.headerLine, Problem.MISSING_META_KEY, "vote_type");
            }
            if (!voteType.strip().equalsIgnoreCase("approval")) {
                throw new PabulibFormatException(line, Problem.NOT_APPROVAL, voteType);
            }
            if (!keys.containsKey("budget")) {
                throw new PabulibFormatException(meta.headerLine, Problem.MISSING_META_KEY, "budget");
            }
            for (Row row : meta.rows) {
                if (row.fields.get(0).equals("budget")) {
                    whole(row.fields.get(1), row.number, 0);
                }
            }
        }

        private Set<String> checkProjects(Section projects) throws PabulibFormatException {
            int id = projects.columns.indexOf(PROJECT_ID);
            int cost = projects.columns.indexOf(COST);
            Set<String> ids = new HashSet<>();
            for (Row row : projects.rows) {
                String project = row.fields.get(id);
                if (project.isEmpty()) {
                    throw new PabulibFormatException(row.number, Problem.EMPTY_ID, PROJECT_ID);
                }
                if (!ids.add(project)) {
                    throw new PabulibFormatException(row.number, Problem.DUPLICATE_PROJECT, project);
                }
                whole(row.fields.get(cost), row.number, 1);
            }
            return ids;
        }

        private void checkVotes(Section votes, Set<String> ids) throws PabulibFormatException {
            int voter = votes.columns.indexOf(VOTER_ID);
            int vote = votes.columns.indexOf(VOTE);
            for (Row row : votes.rows) {
                if (row.fields.get(voter).isEmpty()) {
                    throw new PabulibFormatException(row.number, Problem.EMPTY_ID, VOTER_ID);
                }
                Set<String> seen = new HashSet<>();
                for (String project : approvals(row.fields.get(vote))) {
                    if (!ids.contains(project)) {
                        throw new PabulibFormatException(row.number, Problem.UNKNOWN_PROJECT, project);
                    }
                    if (!seen.add(project)) {
                        throw new PabulibFormatException(row.number, Problem.DUPLICATE_APPROVAL, project);
                    }
                }
            }
        }

        private static void whole(String value, int line, long least) throws PabulibFormatException {
            try {
                if (new BigDecimal(value.strip()).longValueExact() >= least) {
                    return;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            throw new PabulibFormatException(line, Problem.NOT_A_WHOLE_AMOUNT, value);
        }

        /** A section's header and rows, up to the line that names {@code nextSection} (or the end). */
        private Section section(String name, List<String> required, String nextSection) throws PabulibFormatException {
            Line header = nextContentLine();
            if (header == null || isSectionName(header.text)) {
                throw new PabulibFormatException(header == null ? lines.size() : header.number,
                        Problem.MISSING_COLUMN, name + " " + String.join(";", required));
            }
            List<String> columns = fields(header).stream().map(String::toLowerCase).toList();
            for (String column : required) {
                if (!columns.contains(column)) {
                    throw new PabulibFormatException(header.number, Problem.MISSING_COLUMN, column);
                }
            }
            List<Row> rows = new ArrayList<>();
            while (true) {
                Line line = nextContentLine();
                if (line == null) {
                    if (nextSection != null) {
                        throw new PabulibFormatException(lines.size(), Problem.MISSING_SECTION, nextSection);
                    }
                    break;
                }
                if (nextSection != null && line.text.strip().equalsIgnoreCase(nextSection)) {
                    break;
                }
                List<String> fields = fields(line);
                if (fields.size() != columns.size()) {
                    throw new PabulibFormatException(line.number, Problem.WRONG_FIELD_COUNT,
                            fields.size() + " / " + columns.size());
                }
                rows.add(new Row(line.number, fields));
            }
            return new Section(header.number, columns, rows);
        }

        private static boolean isSectionName(String text) {
            String t = text.strip();
            return t.equalsIgnoreCase(META) || t.equalsIgnoreCase(PROJECTS) || t.equalsIgnoreCase(VOTES);
        }

        private Line nextContentLine() {
            while (next < lines.size()) {
                String text = lines.get(next++);
                if (next == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    return new Line(next, text);
                }
            }
            return null;
        }

        /** Splits on {@code ;} outside quotes; {@code ""} inside quotes is one quote; fields are stripped. */
        private static List<String> fields(Line line) throws PabulibFormatException {
            String text = line.text;
            List<String> fields = new ArrayList<>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    quoted = true;
                    wasQuoted = true;
                    field.setLength(0);
                } else if (c == ';') {
                    fields.add(wasQuoted ? field.toString() : field.toString().strip());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (!(wasQuoted && Character.isWhitespace(c))) {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new PabulibFormatException(line.number, Problem.UNCLOSED_QUOTE, "");
            }
            fields.add(wasQuoted ? field.toString() : field.toString().strip());
            return fields;
        }

        private record Line(int number, String text) {
        }

        private record Row(int number, List<String> fields) {
        }

        private record Section(int headerLine, List<String> columns, List<Row> rows) {
            List<Map<String, String>> byColumn() {
                List<Map<String, String>> list = new ArrayList<>();
                for (Row row : rows) {
                    Map<String, String> map = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        map.put(columns.get(i), row.fields.get(i));
                    }
                    list.add(map);
                }
                return list;
            }
        }
    }
}
