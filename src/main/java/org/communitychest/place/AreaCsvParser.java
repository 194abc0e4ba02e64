package org.communitychest.place;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communitychest.base.Message;
import org.communitychest.place.AreaImportResult.RowProblem;

/**
 * Reads an areas CSV: {@code area_type,area_code,name,parent_code[,imd_decile]}, header names in any order and
 * letter case. Checks every row and reports every problem; knows nothing of the database.
 */
class AreaCsvParser {

    static final List<String> REQUIRED = List.of("area_type", "area_code", "name", "parent_code");
    static final String OPTIONAL = "imd_decile";

    record Row(long line, AreaType type, String code, String name, String parentCode, Integer imdDecile) {
    }

    record Parsed(List<Row> rows, List<RowProblem> problems, List<Message> warnings) {
    }

    Parsed parse(Reader reader) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).get();
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<RowProblem>();
        var warnings = new ArrayList<Message>();
        try (var parser = format.parse(reader)) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                String key = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
                if (REQUIRED.contains(key) || OPTIONAL.equals(key)) {
                    columns.put(key, header);
                } else if (!key.isEmpty()) {
                    warnings.add(problem("column-ignored", header));
                }
            }
            var missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new RowProblem(1, problem("columns-missing", String.join(", ", missing))));
                return new Parsed(rows, problems, warnings);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                var rowProblems = new ArrayList<Message>();
                if (!record.isConsistent()) {
                    rowProblems.add(problem("value-count", record.size(), parser.getHeaderNames().size()));
                }
                String typeText = value(record, columns.get("area_type"));
                String typedCode = value(record, columns.get("area_code"));
                String code = typedCode.toUpperCase(Locale.ROOT);
                String name = value(record, columns.get("name"));
                String parent = value(record, columns.get("parent_code")).toUpperCase(Locale.ROOT);
                String decileText = columns.containsKey(OPTIONAL) ? value(record, columns.get(OPTIONAL)) : "";

                AreaType type = null;
                try {
                    type = AreaType.valueOf(typeText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    rowProblems.add(problem("type-unknown", typeText));
                }
                if (code.isEmpty()) {
                    rowProblems.add(problem("code-empty"));
                } else if (type != null && !type.acceptsCode(code)) {
                    rowProblems.add(problem("code-invalid", typedCode, type.name(), type.codeRule()));
                } else if (!seen.add(code)) {
                    rowProblems.add(problem("code-repeated", code));
                }
                if (name.isEmpty()) {
                    rowProblems.add(problem("name-empty"));
                } else if (name.length() > 200) {
                    rowProblems.add(problem("name-too-long"));
                }
                if (parent.equals(code) && !code.isEmpty()) {
                    rowProblems.add(problem("own-parent"));
                }
                Integer decile = null;
                if (!decileText.isEmpty()) {
                    try {
                        decile = Integer.valueOf(decileText);
                        if (decile < 1 || decile > 10) {
                            rowProblems.add(problem("decile-range"));
                        }
                    } catch (NumberFormatException e) {
                        rowProblems.add(problem("decile-not-number", decileText));
                    }
                }
                if (rowProblems.isEmpty()) {
                    rows.add(new Row(line, type, code, name, parent.isEmpty() ? null : parent, decile));
                } else {
                    problems.add(new RowProblem(line, AreaImportResult.joined(rowProblems)));
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(new RowProblem(1, problem("not-csv", String.valueOf(e.getMessage()))));
        }
        return new Parsed(rows, problems, warnings);
    }

    static Message problem(String key, Object... args) {
        return Message.of("staff.place.areas.import." + key, args);
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        return value == null ? "" : value.trim();
    }
}
