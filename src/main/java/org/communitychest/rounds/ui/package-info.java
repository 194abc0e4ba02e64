/**
 * The round pages. Views are package-private; {@link org.communitychest.rounds.ui.RoundsNavigation} is the one
 * public entry, so that other modules can link to them and read what the round's eligibility checker passes on.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.communitychest.rounds.ui;
