package com.certdesk.people.internal;

import com.certdesk.security.Roles;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A portal without any user cannot be administered. On the first start against an empty database (and
 * without demo data) this creates the user {@code admin} with a random password printed once to the log,
 * or with {@code certdesk.bootstrap.admin-password} when that is set.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final boolean demo;
    private final String configuredPassword;

    FirstAdministrator(UserRepository users, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${certdesk.demo.enabled:false}") boolean demo,
            @Value("${certdesk.bootstrap.admin-password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.demo = demo;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? PasswordGenerator.temporaryPassword() : configuredPassword;
        var admin = new User("admin", "Administrator", "admin@localhost.invalid", passwordEncoder.encode(password),
                clock.instant());
        admin.setRoles(Set.of(Roles.ADMIN));
        users.save(admin);
        if (generated) {
            log.warn("First start: created the administrator 'admin' with the password '{}'. Sign in and change it "
                    + "under My account.", password);
        } else {
            log.warn("First start: created the administrator 'admin' with the configured bootstrap password.");
        }
    }
}
