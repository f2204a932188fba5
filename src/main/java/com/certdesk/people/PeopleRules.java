package com.certdesk.people;

import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import com.certdesk.security.Usernames;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Field rules shared by the user form and the CSV import, so both say the same thing. */
public final class PeopleRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MIN_PASSWORD_LENGTH = 8;

    private PeopleRules() {
    }

    /**
     * The canonical username ({@link Usernames#canonical}); text outside the safe set is returned stripped as typed,
     * so that {@link #usernameProblem} can name it.
     */
    public static String normalizeUsername(String username) {
        return Usernames.canonical(username).orElse(username.strip());
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Returns the problem with a username, or null when it is fine. */
    public static @Nullable String usernameProblem(String username) {
        if (username.isBlank()) {
            return "username is required";
        }
        if (Usernames.canonical(username).isEmpty()) {
            return "username '" + username.strip() + "' must be " + Usernames.RULE;
        }
        return null;
    }

    public static @Nullable String displayNameProblem(String name) {
        if (name.isBlank()) {
            return "name is required";
        }
        return name.trim().length() > 160 ? "name is longer than 160 characters" : null;
    }

    public static @Nullable String emailProblem(String email) {
        if (email.isBlank()) {
            return "email is required";
        }
        return EMAIL.matcher(email.trim()).matches() && email.trim().length() <= 254
                ? null
                : "email '" + email.trim() + "' is not a valid address";
    }

    public static @Nullable String rolesProblem(Set<String> roles) {
        if (roles.isEmpty()) {
            return "at least one role is required (" + String.join(", ", Roles.ALL) + ")";
        }
        for (String role : roles) {
            if (!Roles.isRole(role)) {
                return "unknown role '" + role + "' (use " + String.join(", ", Roles.ALL) + ")";
            }
        }
        return null;
    }

    public static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }
}
