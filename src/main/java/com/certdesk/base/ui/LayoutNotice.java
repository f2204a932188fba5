package com.certdesk.base.ui;

import java.util.Optional;

/**
 * A notice shown above every page of the signed-in user while it applies, such as a setting an administrator has
 * to fix. Features implement it as a Spring bean; {@link MainLayout} asks each one when a page opens.
 */
public interface LayoutNotice {

    /** The text to show to the signed-in user now, if any. */
    Optional<String> text();
}
