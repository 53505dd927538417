package org.dateline.account;

import org.dateline.shared.DatelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the {@code admin} account: with the password from
 * {@code DATELINE_ADMIN_PASSWORD}, or with a generated one that is printed once to the log and
 * must be changed at first sign-in.
 */
@Component
@Order(0)
class FirstRunAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstRunAdmin.class);

	private final AccountService accounts;

	private final PasswordPolicy policy;

	private final DatelineProperties properties;

	FirstRunAdmin(AccountService accounts, PasswordPolicy policy, DatelineProperties properties) {
		this.accounts = accounts;
		this.policy = policy;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.hasUsers()) {
			return;
		}
		String configured = properties.adminPassword();
		if (configured != null && !configured.isBlank()) {
			policy.problemWith(configured, "admin").ifPresent(problem -> {
				throw new AdminPasswordRejectedException(problem);
			});
			accounts.createInitialAdmin(configured, false);
			log.info("Created the account 'admin' with the password from DATELINE_ADMIN_PASSWORD.");
			return;
		}
		String generated = OneTimePasswords.generate();
		accounts.createInitialAdmin(generated, true);
		log.warn("""

				==================================================================
				  First run: created the account 'admin' with the password
				      {}
				  It is shown only this once; you will choose a new one at sign-in.
				==================================================================""", generated);
	}

}
