package com.certdesk.quiz.ui;

import com.certdesk.base.UploadLimits;
import com.certdesk.quiz.GiftTransferService;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Authoring: every question in the bank, filterable, with a way to write a new one. */
@Route("admin/questions")
@PageTitle("Question bank")
@Menu(title = "Question bank", order = 21, icon = "vaadin:question-circle-o")
@RolesAllowed(Roles.ADMIN)
class QuestionBankView extends VerticalLayout {

    /** Room for moving questions in and out of the bank in bulk (GIFT import and export). */
    private final HorizontalLayout transferButtons = new HorizontalLayout();

    QuestionBankView(QuestionBankService bank, GiftTransferService gift, UploadLimits uploadLimits) {
        addClassName("page");
        setSizeFull();
        var browser = new QuestionBankBrowser(bank, "question");
        var create = new Button("New question", VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.NEW_ROUTE)));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-question");
        transferButtons.addClassName("transfer-buttons");
        var importGift = new Button("Import GIFT", VaadinIcon.UPLOAD.create(),
                e -> new GiftImportDialog(gift, bank.categories(), uploadLimits, browser::refresh).open());
        importGift.setId("import-gift");
        var exportGift = new Button("Export GIFT", VaadinIcon.DOWNLOAD.create(),
                e -> new GiftExportDialog(gift, bank.categories(), bank.questionCounts(), browser.selectedCategory())
                        .open());
        exportGift.setId("export-gift");
        transferButtons.add(importGift, exportGift);
        browser.addToToolbar(transferButtons, create);
        browser.grid().addItemClickListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(QuestionEditorView.editRoute(e.getItem().id()))));
        add(browser);
    }
}
