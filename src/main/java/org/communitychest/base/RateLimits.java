package org.communitychest.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j), one per limit and key, kept in memory in a bounded cache: a bucket left alone for its
 * whole period is full again, so forgetting it then loses nothing. Each node of a cluster counts on its own.
 */
@Component
public class RateLimits {

    /** Keys kept per limit; the least used go first, so an attacker cannot grow memory without bound. */
    private static final int MAX_KEYS = 50_000;

    private final Map<String, Cache<String, Bucket>> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    RateLimits(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Takes one from each bucket, or from none: when any of them is empty, what was taken is given back and the
     * answer is how long to wait until all of them allow it.
     */
    public Optional<Duration> tryTake(RateLimit.Key... keys) {
        List<RateLimit.Key> taken = new ArrayList<>();
        Duration wait = null;
        for (var key : keys) {
            var probe = bucket(key).tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                taken.add(key);
            } else if (wait == null || probe.getNanosToWaitForRefill() > wait.toNanos()) {
                wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            }
        }
        if (wait == null) {
            return Optional.empty();
        }
        taken.forEach(this::giveBack);
        return Optional.of(wait);
    }

    /** Returns what {@link #tryTake} took, when what was asked for turned out not to count (a good password). */
    public void giveBack(RateLimit.Key key) {
        bucket(key).addTokens(1);
    }

    /** Fills the bucket again, as if nothing had happened for this key. */
    public void forget(RateLimit.Key key) {
        cache(key.limit()).invalidate(key.key());
    }

    /** Fills again the buckets of every key of the limit that starts with {@code prefix}. */
    public void forgetStartingWith(RateLimit limit, String prefix) {
        cache(limit).asMap().keySet().removeIf(k -> k.startsWith(prefix));
    }

    private Bucket bucket(RateLimit.Key key) {
        var limit = key.limit();
        return cache(limit).get(key.key(), k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .withCustomTimePrecision(time)
                .build());
    }

    private Cache<String, Bucket> cache(RateLimit limit) {
        return buckets.computeIfAbsent(limit.name(), name -> Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(limit.period())
                .build());
    }

    /** "3 minutes": a wait rounded up to whole minutes, for messages. */
    public static String minutes(Duration wait) {
        long minutes = wholeMinutes(wait);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** A wait rounded up to whole minutes, at least 1: the figure for a message such as "wait {0} minutes". */
    public static long wholeMinutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
