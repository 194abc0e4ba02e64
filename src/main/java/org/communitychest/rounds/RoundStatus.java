package org.communitychest.rounds;

/** DRAFT → OPEN (published) → CLOSED. Later stages (scoring, decided) follow in the panels module. */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED
}
