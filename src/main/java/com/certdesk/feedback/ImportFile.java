package com.certdesk.feedback;

import java.nio.file.Path;

/**
 * A file to import: the name the administrator knows it by (the uploaded file's name, used in messages) and where
 * its bytes are on disk (the admin page gets the path from {@code base/ui/BoundedUpload}).
 */
public record ImportFile(String name, Path path) {
}
