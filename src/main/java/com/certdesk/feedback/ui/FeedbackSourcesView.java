package com.certdesk.feedback.ui;

import com.certdesk.base.UploadLimits;
import com.certdesk.feedback.AgentAliases;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportCheck;
import com.certdesk.people.UserAdminService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * The administrator's Feedback sources page: import a file (check, preview, import or discard), the batches of every
 * way ratings came in (reopen a checked file, delete an imported batch), and the agent ids mapped to users. The
 * Zendesk connector and the API tokens have pages of their own, linked at the top.
 */
@Route("admin/feedback")
@PageTitle("Feedback sources")
@Menu(title = "Feedback sources", order = 24, icon = "vaadin:comments-o")
@RolesAllowed(Roles.ADMIN)
class FeedbackSourcesView extends VerticalLayout {

    static final String ZENDESK_ROUTE = "admin/feedback/zendesk";
    static final String TOKENS_ROUTE = "admin/api-tokens";

    FeedbackSourcesView(FeedbackImports imports, AgentAliases aliases, UserAdminService users, ReaderOpener readers,
            MappingEditors mappingEditors, UploadLimits uploadLimits,
            @Value("${certdesk.feedback.max-import-size:200MB}") DataSize maxImportSize,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        addClassName("page");
        addClassName("feedback-sources");
        setPadding(false);

        var links = new Div(new Span("Other sources:"), link("Zendesk connector", ZENDESK_ROUTE),
                link("API tokens for the ingestion API", TOKENS_ROUTE));
        links.setId("feedback-source-links");
        links.addClassName("feedback-links");

        var tabs = new TabSheet();
        tabs.setId("feedback-tabs");
        tabs.setWidthFull();
        var agentIds = new AgentIdsTab(aliases);
        var batchesHolder = new BatchesTab[1];
        var importTab = new ImportTab(imports, aliases, users, readers, mappingEditors,
                uploadLimits.cap(maxImportSize.toBytes()), executor, () -> {
                    if (batchesHolder[0] != null) {
                        batchesHolder[0].refresh();
                    }
                    agentIds.refresh();
                });
        Tab importTabHeader = tabs.add("Import a file", importTab);
        importTabHeader.setId("tab-import");
        var batches = new BatchesTab(imports, executor, (ImportCheck check) -> {
            tabs.setSelectedTab(importTabHeader);
            importTab.show(check);
        });
        batchesHolder[0] = batches;
        tabs.add("Batches", batches).setId("tab-batches");
        tabs.add("Agent ids", agentIds).setId("tab-agent-ids");
        tabs.addSelectedChangeListener(e -> {
            batches.refresh();
            agentIds.refresh();
        });
        add(links, tabs);
    }

    private static Anchor link(String text, String route) {
        var anchor = new Anchor(route, text);
        anchor.addClassName("feedback-link");
        return anchor;
    }
}
