package org.communitychest.notifications;

record RenderedMail(String subject, String text, String html) {
}
