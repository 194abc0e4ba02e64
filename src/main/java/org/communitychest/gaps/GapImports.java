package org.communitychest.gaps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.Translations;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Officers and administrators import the referral-gap figures their social prescribing system exports
 * (src/docs/spec/referral-gaps.md): the file is kept for the import, checked and saved in the background, and the
 * import can be followed, and its bad rows read, from any page.
 */
@Service
public class GapImports {

    private final GapImportStore store;
    private final GapImportProgress progress;
    private final GapImportJob job;
    private final Executor executor;
    private final Areas areas;
    private final NeedCategories needs;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;

    GapImports(GapImportStore store, GapImportProgress progress, GapImportJob job,
            @Qualifier(GapsConfiguration.IMPORTS) Executor executor, Areas areas, NeedCategories needs,
            CurrentUser currentUser, Translations translations, Clock clock) {
        this.store = store;
        this.progress = progress;
        this.job = job;
        this.executor = executor;
        this.areas = areas;
        this.needs = needs;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Starts importing a gap file into the signed-in officer's partnership and returns the import to follow.
     * The same file imported before changes nothing, and the import says so.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public long start(String fileName, InputStream content) {
        long partnershipId = currentUser.partnershipId();
        Path file = null;
        try {
            file = Files.createTempFile("chest-gaps-", ".csv"); // not user text: a temporary file's name
            var digest = MessageDigest.getInstance("SHA-256"); // not user text: algorithm
            try (var in = new DigestInputStream(content, digest)) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            long bytes = Files.size(file);
            if (bytes == 0) {
                throw new InvalidInputException("file", Message.of("staff.gaps.import.empty"));
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            long id = store.start(partnershipId, fileName, sha256, bytes, currentUser.actorName(), clock.instant());
            var earlier = store.doneWithSameFile(partnershipId, sha256, id);
            if (earlier.isPresent()) {
                store.finish(id, GapImportState.UNCHANGED, 0, 0, 0, List.of(), null, earlier.get(),
                        clock.instant());
                Files.deleteIfExists(file);
                return id;
            }
            var request = new GapImportJob.Request(id, partnershipId, currentUser.actorName(), fileName, file,
                    known(partnershipId));
            file = null;
            executor.execute(() -> job.run(request));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file: the system cleans it up
                }
            }
        }
    }

    private GapFileReader.Known known(long partnershipId) {
        var areasByCode = areas.ofPartnership(partnershipId).stream()
                .filter(a -> GapFileReader.GAP_AREA_TYPES.contains(a.type()))
                .collect(Collectors.toMap(a -> a.code().toUpperCase(Locale.ROOT), Function.identity()));
        var needsByCode = needs.activeOf(partnershipId).stream().collect(Collectors.toMap(
                n -> n.code().toUpperCase(Locale.ROOT), NeedCategoryInfo::id));
        return new GapFileReader.Known(areasByCode, needsByCode);
    }

    /** Where an import has got to; an import of another partnership is not found. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public GapImportStatus status(long importId) {
        var stored = store.status(currentUser.partnershipId(), importId)
                .orElseThrow(() -> new RecordNotFoundException("Gap import " + importId)); // not user text
        var step = progress.of(importId);
        if (step == null || stored.state().finished()) {
            return stored;
        }
        return new GapImportStatus(stored.id(), stored.fileName(), stored.sha256(), stored.fileBytes(),
                stored.importedBy(), stored.startedAt(), stored.finishedAt(), step.state(), step.rowsRead(),
                step.bytesRead(), step.rowsSaved(), 0, 0, stored.warnings(), stored.failure(), null);
    }

    /** The partnership's latest imports, newest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public List<GapImportStatus> recent(int limit) {
        return store.recent(currentUser.partnershipId(), limit);
    }

    /** A page of a refused import's bad rows, by line. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public List<GapImportProblem> problems(long importId, int offset, int limit) {
        status(importId);
        return store.problems(importId, offset, limit);
    }

    /** The bad rows as a CSV for a spreadsheet: line, column, problem. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public void writeProblemsCsv(long importId, Writer out) {
        status(importId);
        var texts = (Function<String, String>) key -> translations.text(Language.ENGLISH, key);
        try (var csv = CSVFormat.DEFAULT.builder().setHeader(texts.apply("staff.gaps.problems.line"),
                texts.apply("staff.gaps.problems.column"), texts.apply("staff.gaps.problems.problem")).get()
                .print(out)) {
            int offset = 0;
            List<GapImportProblem> page;
            do {
                page = store.problems(importId, offset, 1000);
                for (var problem : page) {
                    csv.printRecord(problem.line(), problem.column() == null ? "" : problem.column(),
                            translations.text(Language.ENGLISH, problem.reason()));
                }
                offset += page.size();
            } while (page.size() == 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
