package com.certdesk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the learner's module page (the quiz adds its card), so the catalog needs no
 * knowledge of that feature. Implementations are Spring beans; each call creates a fresh component.
 */
public interface ModulePageSection {

    /** The section for the module, or empty when the feature has nothing to show there. */
    Optional<Component> create(long moduleId);
}
