package com.certdesk.security.ui;

import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.security.ApiScope;
import com.certdesk.security.ApiTokenService;
import com.certdesk.security.ApiTokenStatus;
import com.certdesk.security.ApiTokenView;
import com.certdesk.security.CreatedApiToken;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Administrators create the API tokens that helpdesks and survey tools sign their requests with (the secret is
 * shown once, in {@link ApiTokenSecretDialog}), see when each was last used, and revoke them.
 */
@Route("admin/api-tokens")
@PageTitle("API tokens")
@Menu(title = "API tokens", order = 30, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
class ApiTokensView extends VerticalLayout {

    /** Below this window width (px) the grid shows one cell per token next to its status (the tooltip has more). */
    static final int NARROW = 600;

    private final ApiTokenService tokens;
    private final Grid<ApiTokenView> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("page");
        setSizeFull();
        var intro = new Paragraph("Systems that send ratings to the ingestion API (POST /api/v1/feedback) sign each "
                + "request with a token: \"Authorization: Bearer <token>\". A token's secret is shown once, when it "
                + "is created; Certdesk keeps only a hash of it.");
        intro.addClassNames("muted", "api-tokens-intro");
        var create = new Button("New token", VaadinIcon.PLUS.create(),
                e -> new ApiTokenDialog(tokens, this::created).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-api-token");
        var toolbar = new Div(create);
        toolbar.addClassName("toolbar");

        grid.setId("api-tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(ApiTokensView::token))
                .setHeader("Token").setFlexGrow(3).setWidth("9rem");
        grid.addColumn(t -> UserFormats.current().date(t.createdAt()) + " by " + t.createdBy())
                .setHeader("Created").setFlexGrow(1).setWidth("8rem");
        grid.addColumn(t -> UserFormats.current().date(t.validUntil())).setHeader("Works until").setFlexGrow(0)
                .setWidth("7rem");
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : UserFormats.current().dateTime(t.lastUsedAt()))
                .setHeader("Last used").setFlexGrow(0).setWidth("7.5rem");
        // the status and Revoke share a column, kept on a phone next to one cell with the rest
        var status = grid.addColumn(new ComponentRenderer<>(this::status)).setHeader("Status").setFlexGrow(0)
                .setWidth("7rem");
        PhoneColumns.of(grid).below(NARROW).keep(status).compact("Token", ApiTokensView::compactToken);
        grid.setTooltipGenerator(ApiTokensView::tooltip);
        grid.setItems(query -> tokens.tokens(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No API tokens yet. Create one for each system that sends ratings.");
        grid.setSizeFull();
        add(intro, toolbar, grid);
    }

    private void created(CreatedApiToken token) {
        grid.getDataProvider().refreshAll();
        new ApiTokenSecretDialog(token).open();
    }

    private static Div token(ApiTokenView token) {
        var name = new Span(token.name());
        name.addClassName("api-token-name");
        var scopes = new Span(token.scopes().stream().sorted(Comparator.naturalOrder()).map(ApiScope::value)
                .collect(Collectors.joining(", ")) + " · cdk_" + token.publicId() + "_…");
        scopes.addClassNames("api-token-scopes", "muted", "small");
        var cell = new Div(name, scopes);
        cell.addClassName("api-token-cell");
        return cell;
    }

    /** A phone's one cell: the token, until when it works and when it was last used. */
    private static Component compactToken(ApiTokenView t) {
        var f = UserFormats.current();
        var dates = new Span("Works until " + f.date(t.validUntil()) + " \u00b7 last used "
                + (t.lastUsedAt() == null ? "never" : f.dateTime(t.lastUsedAt())));
        dates.addClassNames("muted", "small");
        var cell = token(t);
        cell.add(dates);
        return cell;
    }

    private Component status(ApiTokenView token) {
        var cell = new Div(badge(token));
        cell.addClassName("api-token-status");
        if (token.status() != ApiTokenStatus.REVOKED) {
            cell.add(revokeButton(token));
        }
        return cell;
    }

    private static Badge badge(ApiTokenView token) {
        var badge = new Badge(token.status().label());
        badge.addThemeVariants(switch (token.status()) {
            case ACTIVE -> BadgeVariant.SUCCESS;
            case EXPIRED -> BadgeVariant.CONTRAST;
            case REVOKED -> BadgeVariant.ERROR;
        });
        badge.setId("api-token-status-" + token.id());
        return badge;
    }

    private static String tooltip(ApiTokenView t) {
        var f = UserFormats.current();
        String text = "Created " + f.dateTime(t.createdAt()) + " by " + t.createdBy() + ". Last used: "
                + (t.lastUsedAt() == null ? "never" : f.dateTime(t.lastUsedAt())) + ".";
        if (t.revokedAt() != null) {
            text += " Revoked " + f.dateTime(t.revokedAt()) + " by " + t.revokedBy() + ".";
        }
        return text;
    }

    private Button revokeButton(ApiTokenView token) {
        var revoke = new Button("Revoke…", e -> confirmRevoke(token, e.getSource()));
        revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        revoke.setId("revoke-api-token-" + token.id());
        revoke.setDisableOnClick(true);
        return revoke;
    }

    private void confirmRevoke(ApiTokenView token, Button source) {
        var dialog = new ConfirmDialog();
        dialog.setId("revoke-api-token-dialog");
        dialog.setHeader("Revoke \"" + token.name() + "\"?");
        dialog.setText("Requests signed with this token are refused from now on. This cannot be undone: the system "
                + "that uses it needs a new token.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Revoke");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            tokens.revoke(token.id());
            Toast.show("\"" + token.name() + "\" revoked.", 4000)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            grid.getDataProvider().refreshAll();
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                source.setEnabled(true);
            }
        });
        dialog.open();
    }
}
