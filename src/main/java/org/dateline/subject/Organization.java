package org.dateline.subject;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SaveSubject;

/** A government body, agency, political or armed group, company or other organization. */
@Entity
@Table(name = "organization")
@DiscriminatorValue("ORGANIZATION")
public class Organization extends Subject {

	public static final int COUNTRY_MAX = 100;

	@Enumerated(EnumType.STRING)
	@Column(name = "org_kind", nullable = false, length = 20)
	private OrganizationKind organizationKind = OrganizationKind.OTHER;

	@Column(length = COUNTRY_MAX)
	private String country;

	@Column(name = "parent_id")
	private Long parentId;

	protected Organization() {
	}

	Organization(Slug slug, String name, Clock clock) {
		super(slug, name, clock);
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.ORGANIZATION;
	}

	/**
	 * Saves the organization's details. A parent must be an organization on record, and may not
	 * make the hierarchy go round in a circle.
	 */
	@Override
	void saveAs(SaveOrganization command, SubjectRules rules) {
		Long parent = command.parentId();
		if (parent != null && parent.equals(getId())) {
			throw new DomainException("An organization cannot be its own parent.");
		}
		if (command.country() != null && command.country().strip().length() > COUNTRY_MAX) {
			throw new DomainException("Keep the country to " + COUNTRY_MAX + " characters or fewer.");
		}
		if (parent != null) {
			checkAncestors(parent, rules);
		}
		describe(command, rules.clock());
		this.organizationKind = command.organizationKind() == null ? OrganizationKind.OTHER : command.organizationKind();
		this.country = command.country() == null || command.country().isBlank() ? null : command.country().strip();
		this.parentId = parent;
	}

	private void checkAncestors(long parent, SubjectRules rules) {
		Set<Long> seen = new HashSet<>();
		Long current = parent;
		while (current != null) {
			if (current.equals(getId()) || !seen.add(current)) {
				throw new DomainException("That parent would make the organization its own ancestor.");
			}
			current = rules.organization(current)
				.orElseThrow(() -> new DomainException("The parent must be an organization on record."))
				.getParentId();
		}
	}

	@Override
	public SaveSubject toCommand() {
		return new SaveOrganization(getName(), getSlug(), getSummary(), getAliasNames(), organizationKind, country,
				parentId, getVersion());
	}

	@Override
	public Set<Long> referencedSubjects() {
		return Set.of();
	}

	/** An organization's roles, children and participation are moved by the service's statements. */
	@Override
	void handOverTo(Subject survivor, Clock clock) {
	}

	public OrganizationKind getOrganizationKind() {
		return organizationKind;
	}

	public String getCountry() {
		return country;
	}

	public Long getParentId() {
		return parentId;
	}

}
