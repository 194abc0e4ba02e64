/**
 * The panel pages. Views are package-private; {@link org.communitychest.panels.ui.OverridesEditor} is public so that
 * a residents' vote records its decision's overrides as a panel does.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.communitychest.panels.ui;
