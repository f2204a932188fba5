package bench.floor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The start-up floor: one view, one entity and its repository, touched once at start. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class FloorApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    @Bean
    ApplicationRunner touchRepository(GreetingRepository greetings) {
        return args -> {
            if (greetings.count() == 0) {
                greetings.save(new Greeting("Hello"));
            }
        };
    }
}
