package org.communitychest.awards;

/** A file kept with a grant (a letter, a due diligence document), to download. */
public record GrantFile(String fileName, String contentType, byte[] content) {
}
