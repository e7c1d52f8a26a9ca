package org.yangguang.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins consecutive wrong passwords before the account is locked
 * @param lockout         how long a locked account stays locked
 * @param tokenValidity   how long an API token is valid
 */
@ConfigurationProperties("yangguang.security")
public record SecurityProperties(int maxFailedLogins, Duration lockout, Duration tokenValidity) {
}
