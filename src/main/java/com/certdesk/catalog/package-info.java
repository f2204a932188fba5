/**
 * Skill areas, modules of ordered Markdown lessons, and each learner's lesson progress. Publishes
 * {@link com.certdesk.catalog.ModuleCompleted} when a learner finishes a module.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = {"base", "security", "people"})
@NullMarked
package com.certdesk.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
