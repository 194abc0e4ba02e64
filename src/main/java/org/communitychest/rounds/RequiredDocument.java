package org.communitychest.rounds;

public record RequiredDocument(Long id, String label) {
}
