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

    record Parsed(List<Row> rows, List<RowProblem> problems, List<String> warnings) {
    }

    Parsed parse(Reader reader) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).get();
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<RowProblem>();
        var warnings = new ArrayList<String>();
        try (var parser = format.parse(reader)) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                String key = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
                if (REQUIRED.contains(key) || OPTIONAL.equals(key)) {
                    columns.put(key, header);
                } else if (!key.isEmpty()) {
                    warnings.add("Column \"" + header + "\" is not used and was ignored.");
                }
            }
            var missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new RowProblem(1, "the header is missing the column(s) " + String.join(", ", missing)
                        + "; expected area_type,area_code,name,parent_code and optionally imd_decile"));
                return new Parsed(rows, problems, warnings);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                var rowProblems = new ArrayList<String>();
                if (!record.isConsistent()) {
                    rowProblems.add("it has " + record.size() + " values but the header has "
                            + parser.getHeaderNames().size());
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
                    rowProblems.add("area_type \"" + typeText + "\" is not one of BOROUGH, WARD, LSOA, MSOA, PCN,"
                            + " NEIGHBOURHOOD");
                }
                if (code.isEmpty()) {
                    rowProblems.add("area_code is empty");
                } else if (type != null && !type.acceptsCode(code)) {
                    rowProblems.add("area_code \"" + typedCode + "\" is not a valid " + type.name() + " code: expected "
                            + type.codeRule());
                } else if (!seen.add(code)) {
                    rowProblems.add("area_code " + code + " appears more than once in the file");
                }
                if (name.isEmpty()) {
                    rowProblems.add("name is empty");
                } else if (name.length() > 200) {
                    rowProblems.add("name is longer than 200 characters");
                }
                if (parent.equals(code) && !code.isEmpty()) {
                    rowProblems.add("an area cannot be its own parent");
                }
                Integer decile = null;
                if (!decileText.isEmpty()) {
                    try {
                        decile = Integer.valueOf(decileText);
                        if (decile < 1 || decile > 10) {
                            rowProblems.add("imd_decile must be a whole number from 1 (most deprived) to 10");
                        }
                    } catch (NumberFormatException e) {
                        rowProblems.add("imd_decile \"" + decileText + "\" is not a whole number from 1 to 10");
                    }
                }
                if (rowProblems.isEmpty()) {
                    rows.add(new Row(line, type, code, name, parent.isEmpty() ? null : parent, decile));
                } else {
                    problems.add(new RowProblem(line, String.join("; ", rowProblems)));
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(new RowProblem(1, "the file could not be read as CSV: " + e.getMessage()));
        }
        return new Parsed(rows, problems, warnings);
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        return value == null ? "" : value.trim();
    }
}
