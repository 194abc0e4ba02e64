package org.communitychest.gaps;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.Message;
import org.communitychest.base.StrictUtf8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one gap file, all or nothing, holding a batch of rows at a time however long the file. First it reads
 * the whole file and checks every row, saving nothing; a file with any bad row is refused with every problem
 * listed. Then it reads it again and saves it in one transaction, batch by batch, and then marks the figures it
 * replaces; a row repeating another's period, area and need, or a failure of any kind, rolls all of it back.
 */
@Component
class GapImportJob {

    static final int BATCH = 5_000;
    private static final int PROGRESS_EVERY = 5_000;
    private static final Logger log = LoggerFactory.getLogger(GapImportJob.class);

    /** What the job needs from the request that started it. */
    record Request(long importId, long partnershipId, String actor, String fileName, Path file,
            GapFileReader.Known known) {
    }

    private final GapImportStore store;
    private final GapImportProgress progress;
    private final TransactionTemplate transaction;
    private final AuditLog auditLog;
    private final Clock clock;

    GapImportJob(GapImportStore store, GapImportProgress progress, PlatformTransactionManager transactions,
            AuditLog auditLog, Clock clock) {
        this.store = store;
        this.progress = progress;
        this.transaction = new TransactionTemplate(transactions);
        this.auditLog = auditLog;
        this.clock = clock;
    }

    void run(Request request) {
        long id = request.importId();
        try {
            long started = System.nanoTime();
            var checked = check(request);
            long checkedAt = System.nanoTime();
            if (!checked.problems.isEmpty() || checked.rows == 0) {
                refuse(request, checked.problems.isEmpty() ? List.of(new GapImportProblem(1, null,
                        Message.of("staff.gaps.import.no-rows"))) : checked.problems, checked.problemCount,
                        checked.ignoredColumns);
                return;
            }
            store.progress(id, GapImportState.SAVING, checked.rows, request.file().toFile().length(), 0);
            try {
                long replaced = save(request, checked);
                log.info("Gap import {}: {} rows checked in {} ms, saved in {} ms", id, checked.rows,
                        (checkedAt - started) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000);
                store.finish(id, GapImportState.DONE, checked.rows, replaced, 0, checked.ignoredColumns, null, null,
                        clock.instant());
                progress.done(id);
            } catch (RepeatedRows repeated) {
                refuse(request, repeated.problems, repeated.problems.size(), checked.ignoredColumns);
            }
        } catch (RuntimeException | IOException e) {
            log.warn("Gap import {} failed: {}", id, e.toString());
            failed(id, e);
        } finally {
            deleteQuietly(request.file());
        }
    }

    /** What the first reading found. */
    private static final class Checked {
        final List<GapImportProblem> problems = new ArrayList<>();
        long problemCount;
        long rows;
        LocalDate firstStart;
        LocalDate lastStart;
        List<String> ignoredColumns = List.of();
    }

    private Checked check(Request request) throws IOException {
        var checked = new Checked();
        var bytes = new AtomicLong();
        progress.set(request.importId(), new GapImportProgress.Step(GapImportState.CHECKING, 0, 0, 0));
        try (var reader = utf8(request.file(), bytes)) {
            var warnings = new GapFileReader(request.known()).read(reader, new GapFileReader.Sink() {
                @Override
                public void row(GapRow row) {
                    checked.rows++;
                    if (checked.firstStart == null || row.periodStart().isBefore(checked.firstStart)) {
                        checked.firstStart = row.periodStart();
                    }
                    if (checked.lastStart == null || row.periodStart().isAfter(checked.lastStart)) {
                        checked.lastStart = row.periodStart();
                    }
                }

                @Override
                public void problem(GapImportProblem problem) {
                    if (checked.problemCount++ < GapImportStore.PROBLEMS_KEPT) {
                        checked.problems.add(problem);
                    }
                }

                @Override
                public void progress(long rows) {
                    progress.set(request.importId(), new GapImportProgress.Step(GapImportState.CHECKING, rows,
                            bytes.get(), 0));
                }
            }, PROGRESS_EVERY);
            checked.ignoredColumns = warnings.stream().map(w -> String.valueOf(w.args()[0])).toList();
        } catch (CharacterCodingException e) {
            checked.problems.add(new GapImportProblem(1, null, Message.of("staff.gaps.import.not-utf8")));
            checked.problemCount++;
        }
        return checked;
    }

    private long save(Request request, Checked checked) {
        return transaction.execute(status -> {
            store.lockPartnership(request.partnershipId());
            boolean mayReplace = store.hasFiguresBetween(request.partnershipId(), checked.firstStart,
                    checked.lastStart);
            var saved = new AtomicLong();
            var batch = new ArrayList<GapRow>(BATCH);
            Runnable flush = () -> {
                store.insert(request.partnershipId(), request.importId(), batch);
                saved.addAndGet(batch.size());
                progress.set(request.importId(), new GapImportProgress.Step(GapImportState.SAVING, checked.rows,
                        request.file().toFile().length(), saved.get()));
                batch.clear();
            };
            try (var reader = utf8(request.file(), new AtomicLong())) {
                new GapFileReader(request.known()).read(reader, new GapFileReader.Sink() {
                    @Override
                    public void row(GapRow row) {
                        batch.add(row);
                        if (batch.size() == BATCH) {
                            flush.run();
                        }
                    }

                    @Override
                    public void problem(GapImportProblem problem) {
                        throw new IllegalStateException("The file changed between checking and saving");
                    }

                    @Override
                    public void progress(long rows) {
                    }
                }, PROGRESS_EVERY);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (!batch.isEmpty()) {
                flush.run();
            }
            var repeated = store.repeatedRows(request.importId());
            if (!repeated.isEmpty()) {
                throw new RepeatedRows(repeated);
            }
            long replaced = mayReplace ? store.markReplaced(request.partnershipId(), request.importId(),
                    checked.firstStart, checked.lastStart) : 0;
            String after = request.fileName() + ": " + saved.get() + " rows saved, " // not user text: audit
                    + replaced + " replaced"; // not user text: the audit trail is in English
            auditLog.recordAs(request.actor(), request.partnershipId(), "GAP_FIGURES_IMPORTED",
                    "Gap import", request.importId(), null, after); // not user text: audit subject type
            return replaced;
        });
    }

    /** Rows that repeat another's period, area and need: found after saving, so the saving is rolled back. */
    private static final class RepeatedRows extends RuntimeException {
        final List<GapImportProblem> problems;

        RepeatedRows(List<GapImportProblem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    private void refuse(Request request, List<GapImportProblem> problems, long count, List<String> ignored) {
        store.saveProblems(request.importId(), problems);
        store.finish(request.importId(), GapImportState.REFUSED, 0, 0, count, ignored, null, null, clock.instant());
        progress.done(request.importId());
    }

    private void failed(long id, Exception e) {
        try {
            store.finish(id, GapImportState.FAILED, 0, 0, 0, List.of(), e.toString(), null, clock.instant());
            progress.done(id);
        } catch (RuntimeException again) {
            progress.set(id, new GapImportProgress.Step(GapImportState.FAILED, 0, 0, 0));
            log.warn("Gap import {} could not be marked failed: {}; it will be when the portal next starts", id,
                    again.toString());
        }
    }

    private static Reader utf8(Path file, AtomicLong bytes) throws IOException {
        InputStream counted = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            }
        };
        return StrictUtf8.reader(counted);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
