package org.communitychest.audit;

/** What an audit entry is about: its type and id, and how a person would name it. */
public record AuditSubject(String type, Object id, String label) {
}
