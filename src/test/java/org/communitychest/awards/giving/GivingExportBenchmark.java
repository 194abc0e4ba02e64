package org.communitychest.awards.giving;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitychest.awards.giving.GivingGrant.Classification;
import org.communitychest.awards.giving.GivingGrant.Location;
import org.communitychest.base.Money;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the build's tests): writes 10,000 and then 100,000 synthetic
 * grants, made one at a time from a stream and never held in a list, through the JSON and the CSV writer into a
 * stream that only counts bytes, after a warm-up. It prints the wall time, the bytes and the peak heap of each run
 * (the heap pools' peak usage, reset after a collection just before the run, and the old generation's alone, which
 * is what would grow if grants were kept); it never fails on time. Run it with
 * {@code ./mvnw test -Dtest=GivingExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, and add
 * {@code -DargLine=-Xmx64m} to see it stay within a small heap.
 *
 * <p>Figures of one run on the project's machine (2 cores shared with other work, Temurin 25, G1):
 * <table>
 * <caption>Wall time, bytes written and peak heap</caption>
 * <tr><th>writer</th><th>grants</th><th>default heap</th><th>{@code -Xmx64m}</th><th>bytes</th></tr>
 * <tr><td>JSON</td><td>10,000</td><td>147 ms, peak 54 MiB, old 18 MiB</td><td>318 ms, peak 53 MiB, old 19 MiB</td>
 * <td>10.7 MB</td></tr>
 * <tr><td>JSON</td><td>100,000</td><td>1,290 ms, peak 66 MiB, old 18 MiB</td>
 * <td>1,390 ms, peak 57 MiB, old 19 MiB</td><td>107.5 MB</td></tr>
 * <tr><td>CSV</td><td>10,000</td><td>239 ms, peak 54 MiB, old 18 MiB</td><td>269 ms, peak 55 MiB, old 19 MiB</td>
 * <td>5.2 MB</td></tr>
 * <tr><td>CSV</td><td>100,000</td><td>1,698 ms, peak 150 MiB, old 18 MiB</td>
 * <td>1,782 ms, peak 57 MiB, old 19 MiB</td><td>52.2 MB</td></tr>
 * </table>
 * The old generation stays at the same 18 to 19 MiB for ten times the grants, and 100,000 grants fit in a 64 MiB
 * heap. With the default heap the young generation fills with garbage before it is collected, so its peak says how
 * big the collector let it grow, not what the export keeps.
 */
class GivingExportBenchmark {

    private static final List<Location> WARDS = List.of(new Location("Bow East", "E05009319", "WD"),
            new Location("Bow West", "E05009320", "WD"), new Location("Mile End", "E05009327", "WD"),
            new Location("Poplar", "E05009328", "WD"), new Location("Shadwell", "E05009332", "WD"));
    private static final List<Classification> NEEDS = List.of(
            new Classification("THT-need", "LONELINESS_ISOLATION", "Loneliness and isolation"),
            new Classification("THT-need", "HEALTHY_EATING_FOOD", "Healthy eating and food"),
            new Classification("THT-need", "PHYSICAL_ACTIVITY", "Physical activity"));
    private static final int WARM_UP = 10_000;

    @Test
    void tenThousandAndAHundredThousandGrants() {
        var header = GivingExamples.header();
        var json = new GivingJsonWriter();
        var csv = new GivingCsvWriter(3, 2);
        run("JSON warm-up", WARM_UP, (grants, out) -> json.write(header, grants, out));
        run("CSV warm-up", WARM_UP, csv::write);
        for (int count : new int[] {10_000, 100_000}) {
            run("JSON", count, (grants, out) -> json.write(header, grants, out));
            run("CSV", count, csv::write);
        }
    }

    private static void run(String what, int count, BiConsumer<Stream<GivingGrant>, OutputStream> writer) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var out = new CountingOutputStream();
        long start = System.nanoTime();
        writer.accept(IntStream.range(0, count).mapToObj(GivingExportBenchmark::grant), out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long oldPeak = heap.stream().filter(pool -> pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%s, %,d grants: %,d ms, %,d bytes (%,d a grant), peak heap %,d MiB"
                + " (old generation %,d MiB)%n", what, count, millis, out.bytes, out.bytes / count, peak >> 20,
                oldPeak >> 20);
    }

    /** One of three kinds of recipient in turn, one to three wards, one or two needs. */
    static GivingGrant grant(int i) {
        String reference = String.format(Locale.ROOT, "CC/2026/%06d", i);
        String charity = i % 3 == 0 ? Integer.toString(1_100_000 + i) : null;
        String company = i % 3 == 1 ? String.format(Locale.ROOT, "%08d", 100_000 + i) : null;
        return new GivingGrant(GivingIdentifiers.grant("THT", reference), "Community project " + i,
                "Weekly sessions for neighbours, run by volunteers, number " + i, Money.ofPounds(500 + i % 9_500),
                Money.ofPence(50_000 + i % 950_000), i % 4 == 0 ? null : Money.ofPounds(250),
                LocalDate.of(2026, 1 + i % 12, 1 + i % 28), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 12,
                GivingIdentifiers.recipient("THT", charity, company, i), "Community group " + i, charity, company,
                "E3 2AA", WARDS.subList(i % 3, i % 3 + 1 + i % 3), "GB-LAE-TWH",
                "Tower Hamlets Together", "CCC-2026", "Connecting Communities Chest 2026/27", i % 5 != 0,
                NEEDS.subList(0, 1 + i % 2), "GLS060", Instant.parse("2026-11-30T10:15:00Z"),
                GivingExamples.SOURCE);
    }

    private static final class CountingOutputStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
