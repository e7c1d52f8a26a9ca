package org.yangguang.notification.internal;

/**
 * The operator's SMS service (短信网关). No gateway is reachable from here, so the platform ships
 * a gateway that only logs ({@link SmsGateways}); a deployment registers its provider's implementation as a bean instead.
 */
public interface SmsGateway {

	void send(String mobile, String text);
}
