package org.communitychest.awards.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.awards.giving.GivingExamples.BOW_EAST;
import static org.communitychest.awards.giving.GivingExamples.LONELINESS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.communitychest.base.Money;
import org.junit.jupiter.api.Test;

class GivingCsvWriterTest {

    private static final List<String> STANDARD_TITLES = List.of("Identifier", "Title", "Description", "Currency",
            "Amount Applied For", "Amount Awarded", "Amount Disbursed", "Award Date", "Planned Dates:Start Date",
            "Planned Dates:End Date", "Planned Dates:Duration (months)", "Recipient Org:Identifier",
            "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
            "Recipient Org:Postal Code", "Beneficiary Location:Name", "Beneficiary Location:Geographic Code",
            "Beneficiary Location:Geographic Code Type", "Funding Org:Identifier", "Funding Org:Name",
            "Grant Programme:Code", "Grant Programme:Title", "From An Open Call?", "Classifications:Vocabulary",
            "Classifications:Code", "Classifications:Title", "Location Scope", "Last Modified", "Data Source");

    @Test
    void withOneLocationAndOneClassificationTheColumnsAreTheStandardsTitles() {
        assertThat(new GivingCsvWriter(1, 1).header()).containsExactlyElementsOf(STANDARD_TITLES);
        assertThat(read(new GivingCsvWriter(1, 1), List.of(GivingExamples.company())).getHeaderNames())
                .containsExactlyElementsOf(STANDARD_TITLES);
    }

    @Test
    void furtherLocationsAndClassificationsGetNumberedColumnsAfterTheFirst() {
        List<String> header = new GivingCsvWriter(3, 2).header();

        assertThat(header).containsAll(STANDARD_TITLES).hasSize(STANDARD_TITLES.size() + 2 * 3 + 3);
        assertThat(header.subList(16, 25)).containsExactly("Beneficiary Location:Name",
                "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type",
                "Beneficiary Location:1:Name", "Beneficiary Location:1:Geographic Code",
                "Beneficiary Location:1:Geographic Code Type", "Beneficiary Location:2:Name",
                "Beneficiary Location:2:Geographic Code", "Beneficiary Location:2:Geographic Code Type");
        assertThat(header.subList(30, 36)).containsExactly("Classifications:Vocabulary", "Classifications:Code",
                "Classifications:Title", "Classifications:1:Vocabulary", "Classifications:1:Code",
                "Classifications:1:Title");
    }

    @Test
    void eachGrantIsOneRowWithAmountsInPoundsAndItsWardsSideBySide() {
        List<CSVRecord> rows = read(new GivingCsvWriter(3, 2), GivingExamples.all()).getRecords();

        assertThat(rows).hasSize(3);
        CSVRecord charity = rows.get(0);
        assertThat(charity.get("Identifier")).isEqualTo("360G-THT-CC-2026-001");
        assertThat(charity.get("Currency")).isEqualTo("GBP");
        assertThat(charity.get("Amount Applied For")).isEqualTo("1500");
        assertThat(charity.get("Amount Awarded")).isEqualTo("1234.5");
        assertThat(charity.get("Amount Disbursed")).isEqualTo("600");
        assertThat(charity.get("Award Date")).isEqualTo("2026-03-12");
        assertThat(charity.get("Planned Dates:Duration (months)")).isEqualTo("12");
        assertThat(charity.get("Recipient Org:Identifier")).isEqualTo("GB-CHC-1123456");
        assertThat(charity.get("Recipient Org:Charity Number")).isEqualTo("1123456");
        assertThat(charity.get("Recipient Org:Company Number")).isEmpty();
        assertThat(List.of(charity.get("Beneficiary Location:Name"), charity.get("Beneficiary Location:1:Name"),
                charity.get("Beneficiary Location:2:Name"))).containsExactly("Bow East", "Bow West", "Mile End");
        assertThat(charity.get("Beneficiary Location:2:Geographic Code")).isEqualTo("E05009327");
        assertThat(charity.get("Beneficiary Location:2:Geographic Code Type")).isEqualTo("WD");
        assertThat(charity.get("Classifications:1:Code")).isEqualTo("HEALTHY_EATING_FOOD");
        assertThat(charity.get("Classifications:Vocabulary")).isEqualTo("THT-need");
        assertThat(charity.get("From An Open Call?")).isEqualTo("Yes");
        assertThat(charity.get("Location Scope")).isEqualTo("GLS060");
        assertThat(charity.get("Last Modified")).isEqualTo("2026-11-30T10:15:00Z");

        CSVRecord company = rows.get(1);
        assertThat(company.get("Recipient Org:Company Number")).isEqualTo("08765432");
        assertThat(company.get("Amount Disbursed")).isEmpty();
        assertThat(company.get("Beneficiary Location:Name")).isEqualTo("Poplar");
        assertThat(company.get("Beneficiary Location:1:Name")).isEmpty();
        assertThat(rows.get(2).get("Amount Disbursed")).isEqualTo("0");
        assertThat(rows.get(2).get("Recipient Org:Identifier")).isEqualTo("360G-THT-ORG-3");
    }

    @Test
    void aGrantWithMoreLocationsThanColumnsIsRefused() {
        assertThatThrownBy(() -> write(new GivingCsvWriter(2, 2), GivingExamples.all()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("360G-THT-CC-2026-001");
    }

    @Test
    void textThatASpreadsheetWouldRunIsKeptAsTextAndIdentifiersAndAmountsAreNotTouched() {
        var grant = GivingExamples.grant("CC-7", "=HYPERLINK(\"http://evil.example\")", "-5 for the bus fares",
                null, Money.ofPounds(300), null, "@home Café CIC", null, "01234567", null, List.of(BOW_EAST),
                List.of(LONELINESS), 7);
        CSVRecord row = read(new GivingCsvWriter(1, 1), List.of(grant)).getRecords().getFirst();

        assertThat(row.get("Title")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(row.get("Description")).isEqualTo("'-5 for the bus fares");
        assertThat(row.get("Recipient Org:Name")).isEqualTo("'@home Café CIC");
        assertThat(row.get("Identifier")).isEqualTo("360G-THT-CC-7");
        assertThat(row.get("Recipient Org:Identifier")).isEqualTo("GB-COH-01234567");
        assertThat(row.get("Amount Awarded")).isEqualTo("300");
    }

    @Test
    void theFileIsUtf8WithoutAByteOrderMarkAndTheOutputIsLeftOpen() {
        var out = new CloseRecordingOutput();
        var grant = GivingExamples.grant("CC-8", "বাংলা কবিতার আসর", "Poetry evenings in Bengali", null,
                Money.ofPounds(400), null, "Brick Lane Poets", null, null, null, List.of(), List.of(), 8);
        new GivingCsvWriter(1, 1).write(Stream.of(grant), out);

        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, 10, StandardCharsets.UTF_8)).isEqualTo("Identifier");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("বাংলা কবিতার আসর");
        assertThat(out.closed()).isFalse();
    }

    private static String write(GivingCsvWriter writer, List<GivingGrant> grants) {
        var out = new ByteArrayOutputStream();
        writer.write(grants.stream(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CSVParser read(GivingCsvWriter writer, List<GivingGrant> grants) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(write(writer, grants)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
