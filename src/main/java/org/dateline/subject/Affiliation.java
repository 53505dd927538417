package org.dateline.subject;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's role in an organization, from {@code since} until {@code until} (either may be unknown). */
@Entity
@Table(name = "affiliation")
public class Affiliation {

	public static final int ROLE_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(length = ROLE_MAX)
	private String role;

	private LocalDate since;

	private LocalDate until;

	@Column(nullable = false)
	private boolean current;

	protected Affiliation() {
	}

	Affiliation(long organizationId, String role, LocalDate since, LocalDate until, boolean current) {
		this.organizationId = organizationId;
		this.role = role == null || role.isBlank() ? null : role.strip();
		this.since = since;
		this.until = until;
		this.current = current;
	}

	/** Whether both are the same organization and role and their dates overlap. */
	boolean clashesWith(Affiliation other) {
		return organizationId.equals(other.organizationId) && Objects.equals(roleKey(), other.roleKey())
				&& !(until != null && other.since != null && until.isBefore(other.since))
				&& !(other.until != null && since != null && other.until.isBefore(since));
	}

	private String roleKey() {
		return role == null ? null : role.toLowerCase(Locale.ROOT);
	}

	void setCurrent(boolean current) {
		this.current = current;
	}

	void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getRole() {
		return role;
	}

	public LocalDate getSince() {
		return since;
	}

	public LocalDate getUntil() {
		return until;
	}

	public boolean isCurrent() {
		return current;
	}

}
