package com.certdesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Certdesk: training and certification portal for customer-service teams.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Certdesk: customer-service training and certification")
public class Application implements AppShellConfigurator {

    static final String FAVICON_SVG = "icons/favicon.svg";
    static final String FAVICON_ICO = "favicon.ico";

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * The favicon in the page head: an SVG for browsers that take one, the ICO (also served at /favicon.ico, which
     * browsers and bookmarks ask for on their own) for the rest. Both live in META-INF/resources.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", FAVICON_SVG, "any");
        settings.addFavIcon("icon", FAVICON_ICO, "16x16 32x32");
    }
}
