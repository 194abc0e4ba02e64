package org.communitychest.applications;

/** A stored file to download: never shown inline. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
