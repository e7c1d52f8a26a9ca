package org.yangguang.appeals;

/**
 * A GeoReport v2 error: the HTTP status and a description, answered as {@code [{"code", "description"}]}.
 */
public class Open311Problem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	public Open311Problem(int status, String description) {
		super(description);
		this.status = status;
	}

	public int status() {
		return status;
	}
}
