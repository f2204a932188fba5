package com.certdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void feature_modules_respect_their_declared_dependencies() {
        MODULES.verify();
    }

    @Test
    void module_documentation_can_be_written() {
        new Documenter(MODULES).writeModulesAsPlantUml();
    }
}
