package com.certdesk.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.ServiceTest;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Async;

/** Start-up readiness for load balancers and orchestrators, and the favicon every browser asks for. */
@ServiceTest
class ReadinessAndFaviconTest {

    @Autowired
    HealthEndpoint health;
    @Autowired
    ApplicationContext context;

    @Test
    void health_says_out_of_service_while_the_application_is_not_yet_ready_and_up_once_it_is() {
        assertThat(health.healthForPath("readiness").getStatus()).as("started").isEqualTo(Status.UP);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.health().getStatus()).as("/actuator/health shows it too").isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.healthForPath("liveness").getStatus()).as("alive all the same").isEqualTo(Status.UP);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    /**
     * Spring Boot declares the application ready only after every ApplicationRunner has returned, so demo data is
     * loaded before readiness only while every demo loader is a runner that does its work in {@code run}.
     */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.certdesk");

    @Test
    void every_demo_data_loader_is_an_application_runner_that_finishes_before_readiness() {
        classes().that().haveSimpleNameStartingWith("Demo").and().resideInAPackage("com.certdesk..internal")
                .should().implement(ApplicationRunner.class).check(MAIN);
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameStartingWith("Demo")
                .should().beAnnotatedWith(Async.class).check(MAIN);
    }

    @Test
    void the_favicon_is_a_small_icon_and_an_svg_in_the_projects_blue() throws IOException {
        try (InputStream ico = getClass().getResourceAsStream("/META-INF/resources/favicon.ico");
                InputStream svg = getClass().getResourceAsStream("/META-INF/resources/icons/favicon.svg")) {
            assertThat(ico).isNotNull();
            byte[] bytes = ico.readAllBytes();
            assertThat(bytes).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0).hasSizeLessThan(4096);
            assertThat(svg).isNotNull();
            assertThat(new String(svg.readAllBytes(), StandardCharsets.UTF_8)).startsWith("<svg").contains("#1676f3");
        }
    }
}
