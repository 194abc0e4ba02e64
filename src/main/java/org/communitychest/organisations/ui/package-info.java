/**
 * The group profile pages. Views are package-private; {@link org.communitychest.organisations.ui.OrganisationsNavigation}
 * is the one public entry, so that other modules can link to them.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.communitychest.organisations.ui;
