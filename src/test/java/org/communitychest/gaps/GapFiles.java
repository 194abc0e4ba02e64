package org.communitychest.gaps;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.communitychest.place.AreaInfo;

/** Gap files for the tests and the benchmark, and importing one to the end. */
public final class GapFiles {

    public static final String HEADER = "period_start,period_end,area_type,area_code,need_category,"
            + "referrals_received,referrals_connected,referrals_unmet,referrals_waiting,median_wait_days,"
            + "source_system";

    private GapFiles() {
    }

    /** A row for a ward: {@code counts} are received, connected, unmet, waiting and median wait. */
    public static String row(LocalDate start, LocalDate end, AreaInfo ward, String need, String counts) {
        return start + "," + end + ",WARD," + ward.code() + "," + need + "," + counts + ",JOY";
    }

    /** Imports the file as the signed-in officer and waits until the import has finished. */
    public static GapImportStatus importToTheEnd(GapImports imports, String name, String content) {
        return importToTheEnd(imports, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    public static GapImportStatus importToTheEnd(GapImports imports, String name, InputStream content) {
        long id = imports.start(name, content);
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        GapImportStatus status = imports.status(id);
        while (!status.state().finished() && System.nanoTime() < until) {
            sleep();
            status = imports.status(id);
        }
        return status;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
