package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void theFoundationModulesAreThere() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("base", "security", "place", "audit", "notifications", "demo");
    }
}
