package com.certdesk.feedback.internal;

import com.certdesk.feedback.RatingReader.ReadRecord;
import org.jspecify.annotations.Nullable;

/** Reads the records of ONE file; {@link FileSequence} chains them into a RatingReader over several files. */
interface FileReader extends AutoCloseable {

    /** The next record, or null after the last one; a file that cannot be read throws ValidationException. */
    @Nullable ReadRecord next();

    /** Bytes of this file read so far. */
    long bytesRead();

    @Override
    void close();
}
