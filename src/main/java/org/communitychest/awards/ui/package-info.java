/**
 * The grant pages. Views are package-private; {@link org.communitychest.awards.ui.GrantPagePart} is the public
 * entry by which a later module adds its card to them (the reports a grant owes), and
 * {@link org.communitychest.awards.ui.GrantPages} gives their addresses.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.communitychest.awards.ui;
