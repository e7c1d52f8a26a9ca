package org.yangguang.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yangguang.shared.Masks;

/** The default {@link SmsGateway}: writes each SMS to the log (number masked) instead of sending it. */
@Configuration(proxyBeanMethods = false)
class SmsGateways {

	private static final Logger log = LoggerFactory.getLogger(SmsGateways.class);

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return (mobile, text) -> log.info("SMS to {}: {}", Masks.phone(mobile), text);
	}
}
