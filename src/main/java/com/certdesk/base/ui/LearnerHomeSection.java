package com.certdesk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature puts at the top of the agent's "My learning" page (certification adds the agent's
 * assignments with their due dates), so the catalog needs no knowledge of that feature. Implementations are
 * Spring beans; each call creates a fresh component.
 */
public interface LearnerHomeSection {

    /** The section for the signed-in agent, or empty when there is nothing to show. */
    Optional<Component> create();
}
