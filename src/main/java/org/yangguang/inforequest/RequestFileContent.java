package org.yangguang.inforequest;

/** A file of a request with its bytes, for a download. */
public record RequestFileContent(RequestFile info, byte[] content) {
}
