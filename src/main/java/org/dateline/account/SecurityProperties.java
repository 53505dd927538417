package org.dateline.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in hardening settings, under {@code dateline.security}.
 *
 * @param maxFailures failed sign-ins, per account and per client address, after which further
 *     attempts are refused
 * @param lockout how long they are refused, counted from the latest failure
 */
@ConfigurationProperties("dateline.security")
public record SecurityProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
}
