package com.certdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.notification.internal.EmailStatus;
import com.certdesk.notification.internal.NotificationStore;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
class NotificationServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationStore store;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    private static NotificationRequest request(long recipientId, String key) {
        return new NotificationRequest(recipientId, key, "Due soon: " + key, "Please finish it.", "learning", false);
    }

    private boolean send(NotificationRequest request) {
        return SystemAuthentication.callAsSystem(() -> notifications.send(request));
    }

    private List<String> myTitles() {
        return notifications.mine(PageRequest.of(0, 50)).map(NotificationView::title).getContent();
    }

    @Test
    void the_same_event_is_stored_once_per_recipient_even_when_sent_again_later() {
        String agent = fixtures.user("once", null, Roles.AGENT);
        String other = fixtures.user("once-other", null, Roles.AGENT);
        long agentId = fixtures.userId(agent);
        String key = "assignment-due-soon:42:2026-12-01";

        assertThat(send(request(agentId, key))).isTrue();
        // each call is its own transaction: the constraint in the database decides, not memory
        assertThat(send(request(agentId, key))).isFalse();
        assertThat(send(new NotificationRequest(agentId, key, "Other title", "Other text", null, true))).isFalse();
        assertThat(send(request(fixtures.userId(other), key))).isTrue();

        fixtures.signIn(agent);
        assertThat(myTitles()).containsExactly("Due soon: " + key);
    }

    @Test
    void two_senders_racing_with_the_same_event_store_exactly_one_notification() throws Exception {
        String agent = fixtures.user("race", null, Roles.AGENT);
        long agentId = fixtures.userId(agent);
        int senders = 6;
        var start = new CyclicBarrier(senders);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            for (int round = 0; round < 3; round++) {
                String key = "certificate-issued:" + round;
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < senders; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return send(request(agentId, key));
                    }));
                }
                int stored = 0;
                for (Future<Boolean> result : results) {
                    stored += result.get() ? 1 : 0;
                }
                assertThat(stored).as("senders told it was new in round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        fixtures.signIn(agent);
        assertThat(myTitles()).hasSize(3);
    }

    @Test
    void a_duplicate_inside_the_callers_transaction_leaves_that_transaction_usable() {
        String agent = fixtures.user("in-tx", null, Roles.AGENT);
        long agentId = fixtures.userId(agent);

        List<Boolean> results = SystemAuthentication.callAsSystem(() -> tx.execute(status -> List.of(
                notifications.send(request(agentId, "digest:1")),
                notifications.send(request(agentId, "digest:1")),
                notifications.send(request(agentId, "digest:2")))));

        assertThat(results).containsExactly(true, false, true);
        fixtures.signIn(agent);
        assertThat(myTitles()).containsExactly("Due soon: digest:2", "Due soon: digest:1");
    }

    @Test
    void when_the_callers_transaction_rolls_back_nothing_was_sent() {
        String agent = fixtures.user("rollback", null, Roles.AGENT);
        long agentId = fixtures.userId(agent);

        SystemAuthentication.runAsSystem(() -> tx.executeWithoutResult(status -> {
            notifications.send(request(agentId, "rolled-back"));
            status.setRollbackOnly();
        }));

        fixtures.signIn(agent);
        assertThat(notifications.unreadCount()).isZero();
        SystemAuthentication.runAsSystem(() -> assertThat(notifications.send(request(agentId, "rolled-back"))).isTrue());
    }

    @Test
    void users_count_list_and_read_only_their_own_notifications_newest_first() {
        String agent = fixtures.user("mine", null, Roles.AGENT);
        String other = fixtures.user("mine-other", null, Roles.AGENT);
        long agentId = fixtures.userId(agent);
        send(request(agentId, "a"));
        send(new NotificationRequest(agentId, "b", "Weekly digest", "Alex: 2 modules due\nSam: 1 module due", null,
                false));
        send(request(agentId, "c"));
        send(request(fixtures.userId(other), "x"));

        fixtures.signIn(agent);
        assertThat(notifications.unreadCount()).isEqualTo(3);
        var page = notifications.mine(PageRequest.of(0, 2));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(NotificationView::title).containsExactly("Due soon: c", "Weekly digest");
        NotificationView digest = page.getContent().get(1);
        assertThat(digest.message()).isEqualTo("Alex: 2 modules due\nSam: 1 module due");
        assertThat(digest.link()).isNull();
        assertThat(digest.read()).isFalse();
        assertThat(notifications.mine(PageRequest.of(1, 2)).getContent()).extracting(NotificationView::title)
                .containsExactly("Due soon: a");

        notifications.markRead(digest.id());
        notifications.markRead(digest.id()); // twice is fine
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.mine(PageRequest.of(0, 5)).getContent())
                .filteredOn(NotificationView::read).extracting(NotificationView::id).containsExactly(digest.id());

        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        fixtures.signIn(other);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(myTitles()).containsExactly("Due soon: x");
    }

    @Test
    void someone_elses_notification_cannot_be_marked_read_and_looks_like_an_unknown_one() {
        String owner = fixtures.user("owner", null, Roles.AGENT);
        String snoop = fixtures.user("snoop", null, Roles.AGENT);
        send(request(fixtures.userId(owner), "private"));
        fixtures.signIn(owner);
        long id = notifications.mine(PageRequest.of(0, 1)).getContent().getFirst().id();

        fixtures.signIn(snoop);
        Throwable theirs = org.assertj.core.api.Assertions.catchThrowable(() -> notifications.markRead(id));
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> notifications.markRead(Long.MAX_VALUE));
        assertThat(theirs).isInstanceOf(NotFoundException.class);
        assertThat(unknown).isInstanceOf(NotFoundException.class).hasMessage(theirs.getMessage());

        fixtures.signIn(owner);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void only_administrators_and_the_system_send_and_only_signed_in_users_read() {
        String agent = fixtures.user("sender", null, Roles.AGENT);
        long agentId = fixtures.userId(agent);
        fixtures.signIn(agent);
        assertThatThrownBy(() -> notifications.send(request(agentId, "self-made")))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.user("sender-mgr", null, Roles.MANAGER, Roles.HR));
        assertThatThrownBy(() -> notifications.send(request(agentId, "self-made")))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.signOut();
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AuthenticationException.class);

        fixtures.signIn(fixtures.user("sender-admin", null, Roles.ADMIN));
        assertThat(notifications.send(request(agentId, "from-an-admin"))).isTrue();
    }

    @Test
    void requests_are_checked_and_links_must_stay_inside_the_app() {
        long agentId = fixtures.userId(fixtures.user("checked", null, Roles.AGENT));

        assertThatThrownBy(() -> send(new NotificationRequest(agentId, " ", "Title", "Text", null, false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("dedupe key");
        assertThatThrownBy(() -> send(new NotificationRequest(agentId, "k", "", "Text", null, false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> send(new NotificationRequest(agentId, "k", "x".repeat(201), "Text", null, false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("200");
        assertThatThrownBy(() -> send(new NotificationRequest(agentId, "k", "Title", "Text", "javascript:alert(1)", false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("in-app route");
        assertThatThrownBy(() -> send(new NotificationRequest(agentId, "k", "Title", "Text", "https://evil.example", false)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> send(new NotificationRequest(Long.MAX_VALUE, "k", "Title", "Text", null, false)))
                .isInstanceOf(NotFoundException.class);

        assertThat(send(new NotificationRequest(agentId, "k", "Title", "Text", "/certificates", false))).isTrue();
        assertThat(SystemAuthentication.callAsSystem(() -> store.idOf(agentId, "k"))).isPresent();
    }

    @Test
    void without_an_smtp_server_an_email_copy_is_marked_not_configured_and_nothing_fails() {
        long agentId = fixtures.userId(fixtures.user("no-smtp", null, Roles.AGENT));

        assertThat(send(new NotificationRequest(agentId, "mail-me", "Certificate issued", "Well done.",
                "certificates", true))).isTrue();
        assertThat(send(request(agentId, "in-app-only"))).isTrue();

        long mailed = store.idOf(agentId, "mail-me").orElseThrow();
        long inApp = store.idOf(agentId, "in-app-only").orElseThrow();
        assertThat(store.emailState(mailed).orElseThrow().status()).isEqualTo(EmailStatus.NOT_CONFIGURED);
        assertThat(store.emailState(inApp).orElseThrow().status()).isNull();
    }
}
