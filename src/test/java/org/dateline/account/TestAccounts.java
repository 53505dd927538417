package org.dateline.account;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.dateline.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes desk accounts for tests, each with a unique username and a known password. */
public final class TestAccounts {

	public static final String PASSWORD = "quiet harbour lantern 42";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	public TestAccounts(ApplicationContext context) {
		this.users = context.getBean(AppUserRepository.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		this.tx = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
	}

	public DeskUser create(Role role) {
		return create(role, false);
	}

	public DeskUser create(Role role, boolean mustChangePassword) {
		String username = role.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		AppUser saved = tx.execute(status -> users.save(new AppUser(username, "Test " + role.label() + " " + SEQUENCE.get(),
				null, role, encoder.encode(PASSWORD), mustChangePassword, Instant.now())));
		return new DeskUser(saved);
	}

	public DeskUser reload(DeskUser user) {
		return new DeskUser(users.findById(user.id()).orElseThrow());
	}

}
