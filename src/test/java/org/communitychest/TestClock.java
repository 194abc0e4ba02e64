package org.communitychest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time unless a test moves it on ({@link #advance}) or stops it
 * ({@link #freezeAt}). {@link IntegrationTest} puts it back after every test.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;
    private final AtomicReference<Runnable> onNextReading = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Runnable action = onNextReading.getAndSet(null);
        if (action != null) {
            action.run();
        }
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }

    public void advance(Duration duration) {
        if (frozen != null) {
            frozen = frozen.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    public void freezeAt(Instant instant) {
        frozen = instant;
    }

    /**
     * Runs {@code action} once, the next time the application reads the clock: something that happens in the
     * middle of a service call, e.g. a colleague's save between this person's read and write.
     */
    public void onNextReading(Runnable action) {
        onNextReading.set(action);
    }

    public void reset() {
        onNextReading.set(null);
        frozen = null;
        offset = Duration.ZERO;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
