/**
 * The gap pages. Views are package-private; {@link org.communitychest.gaps.ui.GapsNavigation} is the one public
 * entry, so that other modules can link to them.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.communitychest.gaps.ui;
