package com.certdesk.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in page. Shows why a sign-in failed (wrong credentials or a temporary lock) and, while demo data is
 * on, the demo logins.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Certdesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Check that you entered the right username and password and try again.";
    static final String PAGE_EXPIRED = "This sign-in page had expired. Enter your username and password again.";

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext,
            @Value("${certdesk.demo.enabled:false}") boolean demoEnabled) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var brand = new HorizontalLayout(new Icon(VaadinIcon.DIPLOMA), new H1("Certdesk"));
        brand.setAlignItems(Alignment.CENTER);
        brand.addClassName("login-brand");
        var tagline = new Paragraph("Service skills, certified — and proven in your customers' scores.");
        tagline.addClassName("login-tagline");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(WRONG_CREDENTIALS));
        add(brand, tagline, login);
        if (demoEnabled) {
            add(demoLogins());
        }
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    private static Div demoLogins() {
        var box = new Div();
        box.addClassName("demo-logins");
        box.setId("demo-logins");
        box.add(new H2("Demo logins (password: demo)"));
        List<String[]> logins = List.of(
                new String[] {"agent", "Agent: learn modules, track your progress"},
                new String[] {"manager", "Manager: your team's progress"},
                new String[] {"hr", "HR: progress across all teams"},
                new String[] {"admin", "Administrator: users, teams, modules"});
        for (String[] l : logins) {
            var row = new Div(new Span(l[0]), new Span(l[1]));
            row.addClassName("demo-login");
            box.add(row);
        }
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            login.setI18n(i18n(PAGE_EXPIRED));
            login.setError(true);
            return;
        }
        if (parameters.containsKey("error")) {
            Object failure = lastFailure();
            if (failure instanceof LockedException locked) {
                login.setI18n(i18n(locked.getMessage() + " Try again later or ask your administrator."));
            }
            login.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
