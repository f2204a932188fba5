package com.certdesk.base.ui;

import java.util.Optional;

/**
 * A notice shown to the signed-in user on every page (under the menu) while it applies, such as a setting an
 * administrator has to fix. Features implement it as a Spring bean; {@link MainLayout} asks each one after sign-in.
 */
public interface LayoutNotice {

    /** The text to show to the signed-in user now, if any. */
    Optional<String> text();
}
