package com.certdesk.feedback.internal;

import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.RatingReader.ReadRecord;
import org.jspecify.annotations.Nullable;

/** One Zendesk legacy satisfaction ratings API page: {@code {"satisfaction_ratings": [...], "meta": ...}}. */
final class ZendeskJsonReader implements FileReader {

    private final JsonElements elements;
    private final String sourceSystem;
    private final @Nullable String channel;

    ZendeskJsonReader(ImportFile file, FormatMapping mapping) {
        this.elements = new JsonElements(file, "satisfaction_ratings", "a Zendesk satisfaction ratings API page "
                + "(a JSON object with a \"satisfaction_ratings\" array)");
        this.sourceSystem = Vendors.system(mapping, ZendeskRatings.SOURCE_SYSTEM);
        this.channel = mapping.channel();
    }

    @Override
    public @Nullable ReadRecord next() {
        JsonElements.Element element = elements.next();
        return element == null ? null : ZendeskCsvReader.record(element.line(),
                ZendeskRatings.fromJson(element.node(), sourceSystem), channel);
    }

    @Override
    public long bytesRead() {
        return elements.bytesRead();
    }

    @Override
    public void close() {
        elements.close();
    }
}
