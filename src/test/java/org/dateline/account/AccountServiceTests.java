package org.dateline.account;

import org.dateline.account.AccountService.CreatedUser;
import org.dateline.account.AccountService.NewUser;
import org.dateline.shared.DomainException;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTests {

	@Autowired
	AccountService accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aNewUserGetsAOneTimePasswordThatMustBeChanged() {
		DeskUser admin = new TestAccounts(context).create(Role.ADMIN);
		CreatedUser created = accounts.create(new NewUser("Nadia.Reporter", "Nadia Haddad", "nadia@example.org",
				Role.REPORTER), admin.toActor());

		AppUser user = users.findById(created.user().getId()).orElseThrow();
		assertThat(user.getUsername()).isEqualTo("nadia.reporter");
		assertThat(user.isMustChangePassword()).isTrue();
		assertThat(created.oneTimePassword()).hasSize(19);
		assertThat(encoder.matches(created.oneTimePassword(), user.getPasswordHash())).isTrue();
		assertThat(user.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(auditLog.search(admin.getUsername(), "USER_CREATED", null, null, PageRequest.of(0, 5)))
			.extracting(AuditEvent::getDetail).containsExactly("nadia.reporter as REPORTER");
	}

	@Test
	void usernamesAreUniqueWhateverTheirCase() {
		DeskUser admin = new TestAccounts(context).create(Role.ADMIN);
		accounts.create(new NewUser("samecase", "One", null, Role.REPORTER), admin.toActor());
		assertThatThrownBy(() -> accounts.create(new NewUser("SameCase", "Two", null, Role.REPORTER), admin.toActor()))
			.isInstanceOf(DomainException.class).hasMessage("The username 'samecase' is taken.");
	}

	@Test
	void theLastEnabledAdminCannotBeDisabledOrDemoted() {
		// Leave exactly one enabled admin in this database, then try to remove it.
		DeskUser keeper = new TestAccounts(context).create(Role.ADMIN);
		jdbc.update("update app_user set enabled = false where role = 'ADMIN' and id <> ?", keeper.id());
		try {
			assertThatThrownBy(() -> accounts.setEnabled(keeper.id(), false, keeper.toActor()))
				.isInstanceOf(DomainException.class).hasMessageContaining("last enabled admin");
			assertThatThrownBy(() -> accounts.changeRole(keeper.id(), Role.EDITOR, keeper.toActor()))
				.isInstanceOf(DomainException.class).hasMessageContaining("last enabled admin");
			assertThat(accounts.get(keeper.id()).isEnabled()).isTrue();
			assertThat(accounts.get(keeper.id()).getRole()).isEqualTo(Role.ADMIN);

			DeskUser second = new TestAccounts(context).create(Role.ADMIN);
			accounts.changeRole(keeper.id(), Role.EDITOR, second.toActor());
			assertThat(accounts.get(keeper.id()).getRole()).isEqualTo(Role.EDITOR);
		}
		finally {
			jdbc.update("update app_user set enabled = true where role = 'ADMIN'");
		}
	}

	@Test
	void changingOnesOwnPasswordChecksTheCurrentOneAndThePolicy() {
		DeskUser reporter = new TestAccounts(context).create(Role.REPORTER, true);
		assertThatThrownBy(() -> accounts.changeOwnPassword(reporter.id(), "wrong current", "lantern violet tram stop"))
			.hasMessage("The current password is not right.");
		assertThatThrownBy(() -> accounts.changeOwnPassword(reporter.id(), TestAccounts.PASSWORD, "short"))
			.hasMessageContaining("at least 12");
		assertThatThrownBy(() -> accounts.changeOwnPassword(reporter.id(), TestAccounts.PASSWORD, TestAccounts.PASSWORD))
			.hasMessageContaining("different");

		accounts.changeOwnPassword(reporter.id(), TestAccounts.PASSWORD, "lantern violet tram stop");
		AppUser user = accounts.get(reporter.id());
		assertThat(user.isMustChangePassword()).isFalse();
		assertThat(encoder.matches("lantern violet tram stop", user.getPasswordHash())).isTrue();
	}

}
