package com.certdesk.feedback.ui;

import com.certdesk.base.ui.BoundedUpload.ReceivedFile;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.RatingReader;
import java.util.List;

/** Opens uploaded files as ratings of a format with the administrator's choice (the feedback file readers). */
@FunctionalInterface
interface ReaderOpener {

    RatingReader open(FeedbackFormat format, List<ReceivedFile> files, MappingEditors.Choice choice);
}
