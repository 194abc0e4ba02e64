package org.communitychest.gaps;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The gap import benchmarks' work, whatever the database: generates gap files of 100,000 and 1,000,000 rows for the
 * demo partnership's 20 wards and 16 needs, imports each as an officer would, then imports the million rows again
 * with other counts, so that the last import replaces a million figures. It prints rows per second, the figures
 * replaced and the peak heap during each import, so it shows whether the heap grows with the file, and fails only
 * when an import does not finish ({@code -Dgap.rows=N} for one file of N rows and its re-import).
 */
abstract class LargeGapFileImports {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private GapImports imports;

    @Test
    void importLargeFiles() throws IOException {
        var fx = new ApplicationFixtures(context);
        var wards = fx.wards(fx.thtId());
        var needs = fx.needs(fx.thtId());
        String only = System.getProperty("gap.rows");
        List<Integer> sizes = only == null ? List.of(100_000, 1_000_000) : List.of(Integer.parseInt(only));
        int firstWeek = 0;
        for (int rows : sizes) {
            importOnce(fx, rows, firstWeek, 0, wards, needs);
            if (rows == sizes.getLast()) {
                importOnce(fx, rows, firstWeek, 1, wards, needs);
            }
            firstWeek += rows / (wards.size() * needs.size()) + 1;
        }
    }

    /**
     * Imports a generated file; {@code correction} 0 is a first import, and 1 the same periods, areas and needs with
     * other counts, so that it replaces every figure of the first.
     */
    private void importOnce(ApplicationFixtures fx, int rows, int firstWeek, int correction, List<AreaInfo> wards,
            List<NeedCategoryInfo> needs) throws IOException {
        Path file = generate(rows, firstWeek, correction, wards, needs);
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        var status = fx.as(ApplicationFixtures.OFFICER, () -> {
            try (var in = Files.newInputStream(file)) {
                return GapFiles.importToTheEnd(imports, file.getFileName().toString(), in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = peakHeap();
        if (status.state() != GapImportState.DONE) {
            throw new AssertionError("import of " + rows + " rows ended " + status.state() + ": "
                    + status.failure());
        }
        System.out.printf(Locale.UK, "GAP IMPORT BENCHMARK (%s): %,d rows (%,d MB file%s) in %.1f s = %,.0f rows/s,"
                + " %,d figures replaced; peak heap %,d MB (max %,d MB)%n", database(), rows, Files.size(file) >> 20,
                correction == 0 ? "" : ", re-import", seconds, rows / seconds, status.rowsReplaced(), peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        Files.delete(file);
    }

    /** The database's name, for the figures. */
    abstract String database();

    /** Weekly periods, every ward and need in each, with a suppressed count now and then. */
    private static Path generate(int rows, int firstWeek, int correction, List<AreaInfo> wards,
            List<NeedCategoryInfo> needs) throws IOException {
        Path file = Files.createTempFile("gaps-" + rows + "-", ".csv");
        var base = LocalDate.of(2000, 1, 3).plusWeeks(firstWeek);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(GapFiles.HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                int cell = i % (wards.size() * needs.size());
                var start = base.plusWeeks(i / (wards.size() * needs.size()));
                int received = 5 + correction + i % 60;
                String connected = i % 17 == 0 ? "<5" : String.valueOf(received / 3);
                out.write(GapFiles.row(start, start.plusDays(6), wards.get(cell % wards.size()),
                        needs.get(cell / wards.size()).code(), received + "," + connected + "," + received / 4 + ","
                                + received / 6 + "," + (i % 90)));
                out.write('\n');
            }
        }
        return file;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound on the heap in use at any one time. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
