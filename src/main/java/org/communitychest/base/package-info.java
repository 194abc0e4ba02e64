/**
 * Shared building blocks: layout and navigation, money, clock, errors, PDF and CSV helpers.
 * Open so that every feature module may use its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.communitychest.base;
