package com.certdesk.base.ui;

import com.certdesk.base.HasDisplayName;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in view: the side navigation lists only the views the signed-in user may
 * open ({@link MenuConfiguration} applies the same access rules as navigation), the header shows who is
 * signed in and offers sign-out, after what other features add there ({@link NavbarSection}).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authenticationContext, ObjectProvider<NavbarSection> navbarSections,
            ObjectProvider<LayoutNotice> notices) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");

        var userBox = new HorizontalLayout();
        userBox.setAlignItems(HorizontalLayout.Alignment.CENTER);
        userBox.addClassName("user-box");
        authenticationContext.getAuthenticatedUser(Object.class).ifPresent(principal -> {
            String name = principal instanceof HasDisplayName named
                    ? named.displayName()
                    : authenticationContext.getPrincipalName().orElse("");
            var avatar = new Avatar(name);
            avatar.addThemeName("xsmall");
            var who = new Span(name);
            who.addClassName("user-name");
            avatar.setTooltipEnabled(true);
            // on phones only the icon shows (styles.css hides the label), so the name comes from aria-label
            var label = new Span("Sign out");
            label.addClassName("sign-out-label");
            var signOut = new Button(new Icon(VaadinIcon.SIGN_OUT), e -> authenticationContext.logout());
            signOut.getElement().appendChild(label.getElement());
            signOut.setAriaLabel("Sign out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            signOut.setId("sign-out");
            userBox.add(avatar, who, signOut);
        });
        var spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(toggle, viewTitle, spacer);
        navbarSections.orderedStream().forEach(section -> addToNavbar(section.create()));
        addToNavbar(userBox);

        var brand = new Div();
        brand.addClassName("brand");
        var logo = new Icon(VaadinIcon.DIPLOMA);
        logo.addClassName("brand-logo");
        brand.add(logo, new Span("Certdesk"));
        addToDrawer(brand, new Scroller(createNav()));
        notices(notices).ifPresent(this::addToDrawer);
    }

    /** The notices that apply to the signed-in user ({@link LayoutNotice}), under the menu. */
    private static java.util.Optional<Div> notices(ObjectProvider<LayoutNotice> notices) {
        List<String> texts = notices.orderedStream().flatMap(n -> n.text().stream()).toList();
        if (texts.isEmpty()) {
            return java.util.Optional.empty();
        }
        var box = new Div();
        box.setId("layout-notices");
        box.getElement().setAttribute("role", "status");
        texts.forEach(text -> {
            var notice = new Div(new Icon(VaadinIcon.WARNING), new Span(text));
            notice.addClassName("layout-notice");
            box.add(notice);
        });
        return java.util.Optional.of(box);
    }

    private static SideNav createNav() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private static SideNavItem createItem(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title);
        // the whole title on hover when a phone's header shortens it with an ellipsis
        viewTitle.setTitle(title);
        if (isOverlay()) {
            // on phones the menu is a drawer over the page: close it once a menu item has been chosen
            setDrawerOpened(false);
        }
    }
}
