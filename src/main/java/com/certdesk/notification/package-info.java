/**
 * In-app notifications with an optional e-mail copy. Other features tell a user something with
 * {@link com.certdesk.notification.NotificationService#send}, at most once per event; users see them under the
 * bell in the header and on the Notifications page. E-mails go through an outbox that is retried, so an SMTP
 * outage or a restart loses nothing.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"base", "security", "people"})
@NullMarked
package com.certdesk.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
