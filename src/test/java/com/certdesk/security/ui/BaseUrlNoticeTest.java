package com.certdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.PublicAddress;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BaseUrlNoticeTest extends UiTest {

    @Autowired
    CurrentUser currentUser;

    final PublicAddress unset = new PublicAddress(PublicAddress.DEFAULT);

    @Test
    void an_admin_of_a_production_portal_left_at_localhost_is_told_how_to_set_the_address() {
        signIn(fixtures.user("url-admin", null, Roles.ADMIN));

        var notice = new BaseUrlNotice(unset, currentUser, () -> true);

        assertThat(notice.text()).hasValueSatisfying(text -> assertThat(text)
                .contains("http://localhost:8080", "certdesk.base-url", "CERTDESK_BASE_URL", "https://"));
    }

    @Test
    void nobody_else_is_warned_and_not_when_it_does_not_apply() {
        signIn(fixtures.user("url-agent", null, Roles.AGENT));
        assertThat(new BaseUrlNotice(unset, currentUser, () -> true).text()).as("an agent").isEmpty();
        signIn(fixtures.user("url-manager", null, Roles.MANAGER, Roles.HR));
        assertThat(new BaseUrlNotice(unset, currentUser, () -> true).text()).as("a manager and HR").isEmpty();

        signIn(fixtures.user("url-admin2", null, Roles.ADMIN));
        assertThat(new BaseUrlNotice(unset, currentUser, () -> false).text()).as("development mode").isEmpty();
        assertThat(new BaseUrlNotice(new PublicAddress("https://certdesk.example.com"), currentUser, () -> true)
                .text()).as("a configured address").isEmpty();
    }

    @Test
    void admin_pages_show_the_notice_above_the_page_only_when_it_applies() {
        signIn(fixtures.user("url-admin3", null, Roles.ADMIN));
        // tests run in Vaadin's development mode: the real notice stays quiet
        open("admin/users");
        assertThat(find(Component.class).withId("layout-notices").all()).isEmpty();
    }
}
