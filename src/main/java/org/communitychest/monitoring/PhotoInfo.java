package org.communitychest.monitoring;

/** A photo kept with a report. */
public record PhotoInfo(long id, String fileName, String contentType, long size) {
}
