/**
 * Monitoring funded projects: what they report and how people's wellbeing changed. {@code monitoring.outcomes}
 * holds the outcome measures themselves (ONS4, SWEMWBS), the outcomes file and the paired results, as plain
 * domain code without storage or screens.
 */
package org.communitychest.monitoring;
