package com.certdesk.base.ui;

/**
 * Opens one agent's record (programs, modules, quiz attempts, certificates with their PDFs) in a dialog. The
 * certification feature implements it as a Spring bean, so that every screen listing agents (Team progress,
 * the certification matrix) opens the same dialog without knowing that feature.
 */
public interface AgentRecordOpener {

    /** Opens the record of this agent; the services refuse it unless the caller may see the agent. */
    void open(long userId);
}
