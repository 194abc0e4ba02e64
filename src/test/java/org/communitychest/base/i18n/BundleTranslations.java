package org.communitychest.base.i18n;

import org.communitychest.base.Translations;

/**
 * The portal's translations for a page mocked without Spring, which Vaadin finds by class name
 * ({@code vaadin.i18n.provider}); a missing key fails the test.
 */
public class BundleTranslations extends Translations {

    public BundleTranslations() {
        super(true);
    }

    /** Makes Vaadin pages mocked from now on in this JVM use the portal's bundles. */
    public static void forMockedPages() {
        System.setProperty("vaadin.i18n.provider", BundleTranslations.class.getName());
    }
}
