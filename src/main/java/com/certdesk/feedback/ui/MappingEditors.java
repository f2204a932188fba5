package com.certdesk.feedback.ui;

import com.certdesk.base.ui.BoundedUpload.ReceivedFile;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FormatMapping;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The mapping editor of a vendor file: how its questions become ratings, shown after the upload. */
@org.springframework.stereotype.Component
class MappingEditors {

    /** One editor on the page: its component, and the mapping chosen (ValidationException while incomplete). */
    interface Editor {
        Component component();

        FormatMapping mapping();
    }

    /** The editor for these files, or null for formats that say everything themselves (canonical, Zendesk). */
    @Nullable Editor editorFor(FeedbackFormat format, List<ReceivedFile> files) {
        return switch (format) {
            case CANONICAL_CSV, ZENDESK_JSON, ZENDESK_CSV -> null;
            default -> throw new com.certdesk.base.ValidationException(format.label() + " files cannot be read yet.");
        };
    }
}
