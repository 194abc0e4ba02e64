package org.communitychest.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line in the log once the portal is ready, after set-up and demo data: Spring's "Started …" comes earlier,
 * before those have run.
 */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final AppProperties properties;

    ReadyMessage(AppProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("Community Chest is ready at {}", properties.baseUrl());
    }
}
