package org.yangguang.services;

import java.time.Instant;

/** A file in an applicant's material library (材料库), uploaded once and reused by later cases. */
public record MaterialFile(long id, String name, String fileName, String contentType, long size, Instant uploadedAt) {
}
