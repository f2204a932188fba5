/**
 * HR reporting (issue 12): reports that HR, managers and administrators take away, as CSV and XLSX written while the
 * rows are read. On top of the other features; nothing depends on it.
 */
@ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"base", "security", "people", "catalog", "certification", "quiz", "feedback",
                "engagement", "notification"})
@NullMarked
package com.certdesk.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
