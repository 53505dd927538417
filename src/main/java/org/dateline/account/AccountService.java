package org.dateline.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Desk accounts: creating them, changing them, and the rules that keep the newsroom safe. */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SessionTerminator sessions;

	private final LoginThrottle throttle;

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AuditLog auditLog, Clock clock, SessionTerminator sessions, LoginThrottle throttle) {
		this.sessions = sessions;
		this.throttle = throttle;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A new account and its one-time password, which is shown once and must be changed at sign-in. */
	public record CreatedUser(AppUser user, String oneTimePassword) {
	}

	public record NewUser(String username, String displayName, String email, Role role) {
	}

	@Transactional
	public CreatedUser create(NewUser command, Actor by) {
		String username = Usernames.requireValid(command.username());
		if (users.findByUsernameIgnoreCase(username).isPresent()) {
			throw new DomainException("The username '" + username + "' is taken.");
		}
		String email = unusedEmail(command.email(), null);
		String oneTime = OneTimePasswords.generate();
		AppUser user = users.save(new AppUser(username, command.displayName().strip(), email, command.role(),
				passwordEncoder.encode(oneTime), true, clock.instant()));
		audit(actorName(by), "USER_CREATED", user, username + " as " + command.role());
		return new CreatedUser(user, oneTime);
	}

	/** Creates the first admin on an empty database; {@code password} must satisfy the policy. */
	@Transactional
	public AppUser createInitialAdmin(String password, boolean mustChange) {
		AppUser admin = users.save(new AppUser("admin", "Administrator", null, Role.ADMIN,
				passwordEncoder.encode(password), mustChange, clock.instant()));
		auditLog.record(null, "USER_CREATED", "user:" + admin.getId(), "admin as ADMIN (first run)", null);
		return admin;
	}

	public boolean hasUsers() {
		return users.count() > 0;
	}

	@Transactional(noRollbackFor = DomainException.class)
	public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
		changeOwnPassword(userId, currentPassword, newPassword, null);
	}

	/**
	 * Changes the user's own password and ends every other session of theirs (a stolen session
	 * does not outlive the change), keeping {@code keepSessionId}, the one they changed it in.
	 * Wrong guesses at the current password are audited and throttled like sign-ins, so a
	 * borrowed session cannot be used to guess it.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public void changeOwnPassword(long userId, String currentPassword, String newPassword, String keepSessionId) {
		AppUser user = get(userId);
		throttle.passwordCheckWait(user.getUsername()).ifPresent(wait -> {
			audit(user.getUsername(), "PASSWORD_CHANGE_THROTTLED", user, null);
			throw new DomainException("The current password is not right, too many times. Try again in "
					+ Math.max(1, (wait.toSeconds() + 59) / 60) + " minutes.");
		});
		if (!passwordEncoder.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
			audit(user.getUsername(), "PASSWORD_CHANGE_FAILED", user, "wrong current password");
			throw new DomainException("The current password is not right.");
		}
		if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
			throw new DomainException("Choose a password different from the current one.");
		}
		policy.problemWith(newPassword, user.getUsername()).ifPresent(problem -> {
			throw new DomainException(problem);
		});
		user.changePassword(passwordEncoder.encode(newPassword), false);
		audit(user.getUsername(), "PASSWORD_CHANGED", user, null);
		sessions.endSessionsOf(user.getUsername(), keepSessionId);
	}

	@Transactional
	public void updateProfile(long userId, String displayName, String email) {
		AppUser user = get(userId);
		user.rename(displayName.strip(), unusedEmail(email, userId));
		audit(user.getUsername(), "PROFILE_CHANGED", user, null);
	}

	/** A new one-time password for someone who forgot theirs; they must change it at sign-in. */
	@Transactional
	public String resetPassword(long userId, Actor by) {
		AppUser user = get(userId);
		String oneTime = OneTimePasswords.generate();
		user.changePassword(passwordEncoder.encode(oneTime), true);
		sessions.endSessionsOf(user.getUsername());
		audit(actorName(by), "PASSWORD_RESET", user, user.getUsername());
		return oneTime;
	}

	@Transactional
	public void changeRole(long userId, Role role, Actor by) {
		AppUser user = get(userId);
		if (user.getRole() == role) {
			return;
		}
		if (user.getRole() == Role.ADMIN && user.isEnabled()) {
			guardLastAdmin("demote");
		}
		Role before = user.getRole();
		user.changeRole(role);
		sessions.endSessionsOf(user.getUsername());
		audit(actorName(by), "USER_ROLE_CHANGED", user, user.getUsername() + ": " + before + " -> " + role);
	}

	@Transactional
	public void setEnabled(long userId, boolean enabled, Actor by) {
		AppUser user = get(userId);
		if (user.isEnabled() == enabled) {
			return;
		}
		if (!enabled && user.getRole() == Role.ADMIN) {
			guardLastAdmin("disable");
		}
		user.setEnabled(enabled);
		if (!enabled) {
			sessions.endSessionsOf(user.getUsername());
		}
		audit(actorName(by), enabled ? "USER_ENABLED" : "USER_DISABLED", user, user.getUsername());
	}

	public AppUser get(long userId) {
		return users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
	}

	public List<AppUser> all() {
		return users.findAllByOrderByUsernameAsc();
	}

	/** Display names by id, for showing authors and bylines. */
	public Map<Long, String> displayNames() {
		return users.findAll().stream().collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
	}

	/** Usernames by id, for showing desk-user bylines in forms. */
	public Map<Long, String> usernames() {
		return users.findAll().stream().collect(Collectors.toMap(AppUser::getId, AppUser::getUsername));
	}

	public java.util.Optional<AppUser> findByUsername(String username) {
		return users.findByUsernameIgnoreCase(Usernames.normalize(username));
	}

	/** A {@link DeskUser} with the account's current state, to refresh the one in the session. */
	public DeskUser reload(long userId) {
		return new DeskUser(get(userId));
	}

	private void guardLastAdmin(String verb) {
		if (users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new DomainException("You cannot " + verb + " the last enabled admin. Make another admin first.");
		}
	}

	/** Records a change to {@code user}'s account, made by {@code actor} from the current request. */
	private void audit(String actor, String action, AppUser user, String detail) {
		auditLog.record(actor, action, "user:" + user.getId(), detail, AuditLog.currentClientIp());
	}

	private static String actorName(Actor by) {
		return by == null ? null : by.username();
	}

	/** {@code typed} stripped, or {@code null} when blank; refused when another account than {@code userId} has it. */
	private String unusedEmail(String typed, Long userId) {
		String email = typed == null || typed.isBlank() ? null : typed.strip();
		if (email != null && users.emailTaken(email, userId)) {
			throw new DomainException("Another account already uses that email address.");
		}
		return email;
	}

}
