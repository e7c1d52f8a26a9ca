package org.yangguang.shared;

/**
 * A business error a clerk or citizen can understand. The message is a key in the message bundles,
 * resolved in the page's language by the web layer; {@link #getMessage()} gives the key and arguments for logs.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	protected DomainException(String messageKey, Object... args) {
		super(messageKey + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args)));
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
