package org.credence.ingest;

import java.io.InputStream;

/** A command to submit a file: who, the file's name and content, its format, and the mode. */
public record NewBatch(String providerCode, String fileName, BatchFormat format, BatchMode mode, InputStream content) {}
