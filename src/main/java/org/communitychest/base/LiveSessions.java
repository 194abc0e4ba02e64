package org.communitychest.base;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** How many HTTP sessions the server holds now. */
@Component
public class LiveSessions implements HttpSessionListener {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        count.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        count.decrementAndGet();
    }

    public int count() {
        return count.get();
    }
}
