package org.communitychest.notifications;

/** A file to attach to an email. */
public record MailAttachmentFile(String fileName, String contentType, byte[] content) {
}
