package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages are modules: no cycles, and no module reaches into another's internals. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CommunityChestApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** Services serve screens, mails and jobs alike: none of them leans on a screen's package. */
    @Test
    void servicesDoNotDependOnScreens() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communitychest");
        ArchRuleDefinition.noClasses().that().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..").check(classes);
    }

    @Test
    void theFoundationModulesAreThere() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("base", "security", "place", "audit", "notifications", "demo");
    }
}
