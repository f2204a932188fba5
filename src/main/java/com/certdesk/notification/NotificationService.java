package com.certdesk.notification;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.notification.internal.EmailQueued;
import com.certdesk.notification.internal.EmailStatus;
import com.certdesk.notification.internal.MailOutbox;
import com.certdesk.notification.internal.NotificationStore;
import com.certdesk.notification.internal.NotificationStore.NewNotification;
import com.certdesk.people.Contact;
import com.certdesk.people.Contacts;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling users things. Features send a notification for an event (as the system, from jobs and event listeners);
 * a user is told about each event once, however often it is sent. Users read and dismiss only their own.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    static final int MAX_KEY = 200;
    static final int MAX_TITLE = 200;
    static final int MAX_MESSAGE = 10_000;
    static final int MAX_LINK = 500;
    /** A link is an in-app route, so it has no scheme ({@code https:}, {@code javascript:}, {@code mailto:}). */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String NOT_FOUND = "This notification does not exist.";

    private final NotificationStore store;
    private final MailOutbox outbox;
    private final Contacts contacts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationStore store, MailOutbox outbox, Contacts contacts, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the notification unless the recipient already has one for this {@code dedupeKey}; returns whether
     * it was new. With {@code alsoEmail}, an e-mail copy goes out after the transaction commits when the
     * recipient has an active account with an address (and is retried if the mail server is down). Runs in the
     * caller's transaction if there is one: when that rolls back, nothing was sent.
     *
     * @throws NotFoundException   when there is no such recipient
     * @throws ValidationException when a field is empty or too long, or the link is not an in-app route
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public boolean send(NotificationRequest request) {
        validate(request);
        Contact recipient = contacts.contact(request.recipientId())
                .orElseThrow(() -> new NotFoundException("There is no user with id " + request.recipientId() + "."));
        EmailStatus email = null;
        if (request.alsoEmail() && recipient.reachableByEmail()) {
            email = outbox.configured() ? EmailStatus.PENDING : EmailStatus.NOT_CONFIGURED;
        }
        OptionalLong id = store.insertIfAbsent(new NewNotification(request.recipientId(), request.dedupeKey(),
                request.title().strip(), request.message().strip(), link(request.link()), clock.instant(), email));
        if (id.isEmpty()) {
            return false;
        }
        if (email == EmailStatus.PENDING) {
            events.publishEvent(new EmailQueued(id.getAsLong()));
        }
        return true;
    }

    /** Whether e-mail copies can be sent at all (an SMTP server is configured), so features offer them only then. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean emailConfigured() {
        return outbox.configured();
    }

    /** How many of the caller's notifications are unread. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public long unreadCount() {
        return store.countUnread(currentUser.id());
    }

    /** The caller's notifications, newest first (the pageable's sort is ignored). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Page<NotificationView> mine(Pageable pageable) {
        long me = currentUser.id();
        long total = store.count(me);
        if (pageable.isUnpaged()) {
            return new PageImpl<>(store.page(me, 0, (int) Math.min(total, Integer.MAX_VALUE)), pageable, total);
        }
        List<NotificationView> content = pageable.getOffset() >= total ? List.of()
                : store.page(me, pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(content, pageable, total);
    }

    /**
     * Marks one of the caller's notifications read. Someone else's and an unknown id are refused alike, so ids
     * cannot be probed.
     *
     * @throws NotFoundException when the caller has no notification with this id
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void markRead(long id) {
        if (!store.markRead(id, currentUser.id(), clock.instant())) {
            throw new NotFoundException(NOT_FOUND);
        }
    }

    /**
     * Marks the caller's notifications with these dedupe keys read, because what they asked for is done (a pulse
     * survey answered): the bell then counts only what still waits. Keys the caller has none of are ignored.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void markDone(java.util.Collection<String> dedupeKeys) {
        long me = currentUser.id();
        dedupeKeys.forEach(key -> store.markReadByKey(me, key, clock.instant()));
    }

    /** Marks all the caller's notifications read. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void markAllRead() {
        store.markAllRead(currentUser.id(), clock.instant());
    }

    private static void validate(NotificationRequest request) {
        required(request.dedupeKey(), "dedupe key", MAX_KEY);
        required(request.title(), "title", MAX_TITLE);
        required(request.message(), "message", MAX_MESSAGE);
        String link = request.link();
        if (link != null && (link.length() > MAX_LINK || SCHEME.matcher(link.strip()).find())) {
            throw new ValidationException("A notification's link must be an in-app route such as 'certificates'.");
        }
    }

    private static void required(String value, String name, int max) {
        if (value.isBlank()) {
            throw new ValidationException("A notification needs a " + name + ".");
        }
        if (value.length() > max) {
            throw new ValidationException("A notification's " + name + " may have at most " + max + " characters.");
        }
    }

    /** The route as stored: no surrounding blanks or leading slashes ({@code /certificates} is {@code certificates}). */
    private static @Nullable String link(@Nullable String link) {
        if (link == null) {
            return null;
        }
        String route = link.strip().replaceFirst("^/+", "");
        return route.isEmpty() ? null : route;
    }
}
