package com.certdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

/** House rules from ARCHITECTURE.md that Spring Modulith does not check. */
class ArchitectureTest {

    /** Wires Vaadin's login view into Spring Security, so it may name both. */
    static final String SECURITY_WIRING = "com.certdesk.security.SecurityConfig";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.certdesk");

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(CLASSES);
    }

    @Test
    void vaadin_types_are_used_only_in_ui_and_base() {
        noClasses().that().resideOutsideOfPackages("..ui..", "com.certdesk.base..")
                .and().doNotHaveFullyQualifiedName("com.certdesk.Application")
                .and().doNotHaveFullyQualifiedName(SECURITY_WIRING)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void services_secure_methods_with_pre_authorize_because_jsr250_is_off() {
        // @RolesAllowed is read by Vaadin's navigation access control on views only; on a service it would
        // silently protect nothing.
        noClasses().that().resideOutsideOfPackage("com.certdesk..ui..")
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class).check(CLASSES);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods().that().areDeclaredInClassesThat()
                .resideOutsideOfPackage("com.certdesk..ui..")
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class).check(CLASSES);
    }

    @Test
    void no_field_injection() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
    }

    @Test
    void views_are_package_private() {
        classes().that().areAnnotatedWith(Route.class)
                .and().resideOutsideOfPackage("com.certdesk.security.ui")
                .should().notBePublic().check(CLASSES);
    }

    @Test
    void services_do_not_use_the_ui() {
        noClasses().that().resideOutsideOfPackage("com.certdesk..ui..")
                .and().doNotHaveFullyQualifiedName(SECURITY_WIRING)
                .should().dependOnClassesThat().resideInAPackage("com.certdesk..ui..")
                .check(CLASSES);
    }

    @Test
    void every_scheduled_job_runs_on_one_node_at_a_time() {
        // ShedLock (ADR 020): a @Scheduled method without @SchedulerLock would run on every node
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .check(CLASSES);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .should().beAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .as("@SchedulerLock only on the scheduled entry point, so direct calls (tests, Run now) are not skipped")
                .check(CLASSES);
    }
}
