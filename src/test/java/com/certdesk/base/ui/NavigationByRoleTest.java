package com.certdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationByRoleTest extends UiTest {

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void agent_sees_only_their_learning_in_the_menu() {
        signIn(fixtures.user("nav-agent", null, Roles.AGENT));
        open("");
        assertThat(menu()).containsExactly("My learning", "My certificates", "My performance", "My pulse surveys",
                "My account");
    }

    @Test
    void manager_sees_team_progress_and_certification() {
        signIn(fixtures.user("nav-manager", null, Roles.MANAGER));
        open("");
        assertThat(menu()).containsExactly("Team dashboard", "Training impact", "Team progress", "Certification", "Due and overdue", "Progress report", "Module progress", "Training and service", "Certificate register",
                "Engagement", "Imported engagement", "My account");
    }

    @Test
    void administrator_sees_people_and_authoring() {
        signIn(fixtures.user("nav-admin", null, Roles.ADMIN));
        open("");
        assertThat(menu()).containsExactly("Team dashboard", "Training impact", "Team progress", "Certification", "Due and overdue", "Progress report", "Module progress", "Training and service", "Certificate register",
                "Scheduled reports", "Engagement", "Imported engagement", "Users", "Teams", "Modules", "Question bank", "Programs", "Certificates",
                "Feedback sources", "Feedback → skill areas", "Pulse surveys", "API tokens", "Webhooks", "Zendesk connector", "Audit log", "Backup", "My account");
    }

    @Test
    void hr_sees_the_reports_and_their_scheduled_reports() {
        signIn(fixtures.user("nav-hr", null, Roles.HR));
        open("");
        assertThat(menu()).containsExactly("Team dashboard", "Training impact", "Team progress", "Certification",
                "Due and overdue", "Progress report", "Module progress", "Training and service", "Certificate register",
                "Scheduled reports", "Engagement", "Imported engagement", "Pulse surveys", "My account");
    }

    @Test
    void someone_holding_two_roles_sees_both_sets() {
        signIn(fixtures.user("nav-both", null, Roles.AGENT, Roles.MANAGER));
        open("");
        assertThat(menu()).containsExactly("My learning", "My certificates", "My performance", "My pulse surveys",
                "Team dashboard", "Training impact", "Team progress", "Certification", "Due and overdue", "Progress report", "Module progress", "Training and service", "Certificate register", "Engagement", "Imported engagement", "My account");
    }

    @Test
    void agent_typing_an_admin_url_gets_access_denied_not_the_view() {
        signIn(fixtures.user("nav-typist", null, Roles.AGENT));

        assertThat(open("admin/users")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("admin/modules")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("team-progress")).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void manager_typing_a_learner_url_gets_access_denied() {
        signIn(fixtures.user("nav-mgr2", null, Roles.MANAGER));
        assertThat(open("learning")).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void unknown_urls_show_a_friendly_not_found_page() {
        signIn(fixtures.user("nav-lost", null, Roles.AGENT));
        assertThat(open("no/such/page")).isInstanceOf(NotFoundView.class);
    }

    @Test
    void start_page_sends_agents_to_their_learning() {
        signIn(fixtures.user("nav-home", null, Roles.AGENT));
        assertThat(open("").getClass().getSimpleName()).isEqualTo("MyLearningView");
    }

    @Test
    void start_page_sends_managers_to_team_progress() {
        signIn(fixtures.user("nav-home-mgr", null, Roles.MANAGER));
        assertThat(open("").getClass().getSimpleName()).isEqualTo("TeamProgressView");
    }

    @Test
    void start_page_sends_administrators_to_users() {
        signIn(fixtures.user("nav-home-adm", null, Roles.ADMIN));
        assertThat(open("").getClass().getSimpleName()).isEqualTo("UsersView");
    }
}
