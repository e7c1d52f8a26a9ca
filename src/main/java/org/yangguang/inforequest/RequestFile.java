package org.yangguang.inforequest;

/**
 * A file of a request: the reply letter ({@code letter}, a PDF kept as issued) or information disclosed with the
 * reply ({@code attachment}).
 */
public record RequestFile(long id, String kind, String name, String contentType, long size, String sha256) {

	public boolean letter() {
		return "letter".equals(kind);
	}
}
