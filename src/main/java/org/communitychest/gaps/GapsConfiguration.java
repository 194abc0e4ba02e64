package org.communitychest.gaps;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Gap files import one at a time on a thread of their own, so a large file never holds up a page or another job.
 * An import that was still running when the portal stopped will never finish: on start it is marked failed (its
 * saving transaction was never committed, so nothing of it is in the database).
 */
@Configuration(proxyBeanMethods = false)
class GapsConfiguration {

    static final String IMPORTS = "gapImportExecutor";
    private static final Logger log = LoggerFactory.getLogger(GapsConfiguration.class);

    @Bean(name = IMPORTS, destroyMethod = "shutdownNow")
    ExecutorService gapImports() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("chest-gap-import").daemon().factory());
    }

    @Bean
    Interrupted interruptedImports(GapImportStore store, java.time.Clock clock) {
        return new Interrupted(store, clock, clock.instant());
    }

    /**
     * Imports started before this portal started (the demo data's own import starts while it is starting up, and
     * must run on).
     */
    record Interrupted(GapImportStore store, java.time.Clock clock, java.time.Instant portalStarted) {

        @EventListener(ApplicationReadyEvent.class)
        void markFailed() {
            for (long id : store.unfinishedBefore(portalStarted)) {
                log.warn("Gap import {} was interrupted when the portal stopped: marked failed", id);
                store.finish(id, GapImportState.FAILED, 0, 0, 0, java.util.List.of(),
                        GapImportStatus.INTERRUPTED, null, clock.instant());
            }
        }
    }
}
