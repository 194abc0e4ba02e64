package org.communitychest.awards.giving;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.communitychest.base.Money;
import org.communitychest.base.SpreadsheetText;

/**
 * Writes grants as the 360Giving spreadsheet format's grants sheet, in CSV (UTF-8, no byte order mark): one row a
 * grant, written as the stream gives them, under the standard's column titles.
 *
 * <p>Several beneficiary locations or classifications: the standard's reference (One to many relationships) lets a
 * grants sheet hold several of a kind by numbering the columns, {@code :<num>:} in place of {@code :}, as in
 * {@code Beneficiary Location:1:Name}; its publishing guidance shows wards numbered that way in the main sheet. The
 * unnumbered titles ({@code Beneficiary Location:Name}) hold the first one, as the standard's rolled-up columns do
 * when the standard's converter (flatten-tool) writes a grant with one; the converter reads the unnumbered column
 * and the numbered ones back as one list, first the unnumbered. So the first location is under the standard titles
 * and the second under {@code Beneficiary Location:1:…}, the third under {@code :2:}, each group right after the
 * first. The other ways the standard offers, a sheet of locations and a further row per location, need a second
 * file or break one row a grant. A CSV's columns are fixed before its first row, so the writer is told how many
 * locations and classifications a grant may have, and refuses a grant with more.
 *
 * <p>Cells of text from the portal that a spreadsheet would run as a formula are kept as text
 * ({@link SpreadsheetText#safe}). Amounts, dates and the codes the writer itself writes never start that way:
 * amounts are never negative and identifiers start with {@code 360G-} or {@code GB-}. The output stays open; the
 * stream of grants is for the caller to close.
 */
public final class GivingCsvWriter {

    private static final String LOCATION = "Beneficiary Location"; // not user text: 360Giving column title
    private static final List<String> LOCATION_FIELDS = List.of("Name", "Geographic Code", // not user text
            "Geographic Code Type"); // not user text: 360Giving column titles
    private static final String CLASSIFICATION = "Classifications"; // not user text: 360Giving column title
    private static final List<String> CLASSIFICATION_FIELDS = List.of("Vocabulary", "Code", "Title"); // not user text
    private static final List<String> GRANT_TITLES = List.of("Identifier", "Title", "Description", // not user text
            "Currency", "Amount Applied For", "Amount Awarded", "Amount Disbursed", "Award Date", // not user text
            "Planned Dates:Start Date", "Planned Dates:End Date", // not user text: 360Giving column titles
            "Planned Dates:Duration (months)", "Recipient Org:Identifier", "Recipient Org:Name", // not user text
            "Recipient Org:Charity Number", "Recipient Org:Company Number", // not user text: 360Giving titles
            "Recipient Org:Postal Code"); // not user text: 360Giving column title
    private static final List<String> FUNDER_TITLES = List.of("Funding Org:Identifier", // not user text
            "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title", // not user text: 360Giving titles
            "From An Open Call?"); // not user text: 360Giving column title
    private static final List<String> LAST_TITLES = List.of("Location Scope", "Last Modified", // not user text
            "Data Source"); // not user text: 360Giving column title

    private final int locationColumns;
    private final int classificationColumns;
    private final List<String> header;

    /**
     * @param locationColumns       the most beneficiary locations a grant may have (at least 1)
     * @param classificationColumns the most classifications a grant may have (at least 1)
     */
    public GivingCsvWriter(int locationColumns, int classificationColumns) {
        if (locationColumns < 1 || classificationColumns < 1) {
            throw new IllegalArgumentException("at least one column group each: " + locationColumns + ", "
                    + classificationColumns);
        }
        this.locationColumns = locationColumns;
        this.classificationColumns = classificationColumns;
        var titles = new ArrayList<String>(GRANT_TITLES);
        titles.addAll(numbered(LOCATION, LOCATION_FIELDS, locationColumns));
        titles.addAll(FUNDER_TITLES);
        titles.addAll(numbered(CLASSIFICATION, CLASSIFICATION_FIELDS, classificationColumns));
        titles.addAll(LAST_TITLES);
        this.header = List.copyOf(titles);
    }

    /** The column titles, in the order the values come. */
    public List<String> header() {
        return header;
    }

    public void write(Stream<GivingGrant> grants, OutputStream out) {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                    .get());
            for (Iterator<GivingGrant> it = grants.iterator(); it.hasNext(); ) {
                csv.printRecord(row(it.next()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> row(GivingGrant grant) {
        var cells = new ArrayList<String>(header.size());
        cells.add(text(grant.identifier()));
        cells.add(text(grant.title()));
        cells.add(text(grant.description()));
        cells.add(GivingValues.CURRENCY);
        cells.add(pounds(grant.amountAppliedFor()));
        cells.add(pounds(grant.amountAwarded()));
        cells.add(pounds(grant.amountDisbursed()));
        cells.add(date(grant.awardDate()));
        cells.add(date(grant.plannedStart()));
        cells.add(date(grant.plannedEnd()));
        cells.add(grant.durationMonths() > 0 ? Integer.toString(grant.durationMonths()) : "");
        cells.add(text(grant.recipientId()));
        cells.add(text(grant.recipientName()));
        cells.add(text(grant.charityNumber()));
        cells.add(text(grant.companyNumber()));
        cells.add(text(grant.postalCode()));
        addGroups(cells, grant, grant.beneficiaryLocations(), locationColumns, LOCATION_FIELDS.size(),
                location -> List.of(text(location.name()), text(location.geoCode()), text(location.geoCodeType())));
        cells.add(text(grant.funderId()));
        cells.add(text(grant.funderName()));
        cells.add(text(grant.programmeCode()));
        cells.add(text(grant.programmeTitle()));
        cells.add(GivingValues.yesNo(grant.fromOpenCall()));
        addGroups(cells, grant, grant.classifications(), classificationColumns, CLASSIFICATION_FIELDS.size(),
                classification -> List.of(text(classification.vocabulary()), text(classification.code()),
                        text(classification.title())));
        cells.add(text(grant.locationScope()));
        cells.add(grant.dateModified() == null ? "" : GivingValues.dateTime(grant.dateModified()));
        cells.add(text(grant.dataSource()));
        return cells;
    }

    /** The first group under the unnumbered titles, then {@code Group:1:Field}, {@code Group:2:Field}, … */
    private static List<String> numbered(String group, List<String> fields, int groups) {
        var titles = new ArrayList<String>();
        for (int i = 0; i < groups; i++) {
            String prefix = i == 0 ? group + ":" : group + ":" + i + ":";
            fields.forEach(field -> titles.add(prefix + field));
        }
        return titles;
    }

    private static <T> void addGroups(List<String> cells, GivingGrant grant, List<T> items, int groups,
            int fields, Function<T, List<String>> values) {
        if (items.size() > groups) {
            throw new IllegalArgumentException("%s has %d of a kind the CSV has %d column groups for".formatted(
                    grant.identifier(), items.size(), groups));
        }
        for (int i = 0; i < groups; i++) {
            if (i < items.size()) {
                cells.addAll(values.apply(items.get(i)));
            } else {
                cells.addAll(Collections.nCopies(fields, ""));
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetText.safe(value);
    }

    private static String pounds(Money amount) {
        return amount == null ? "" : GivingValues.pounds(amount);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
