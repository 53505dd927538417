package org.dateline.subject;

import java.time.Clock;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;

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

	void setDetails(OrganizationKind kind, String country, Long parentId) {
		if (parentId != null && parentId.equals(getId())) {
			throw new DomainException("An organization cannot be its own parent.");
		}
		this.organizationKind = kind == null ? OrganizationKind.OTHER : kind;
		this.country = country == null || country.isBlank() ? null : country.strip();
		this.parentId = parentId;
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
