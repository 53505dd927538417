package org.dateline.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.dateline.shared.Slug;

/** The rules a subject applies its commands with, for plain tests: a fixed clock and organizations kept in a map. */
final class SubjectTestRules implements SubjectRules {

	static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final Map<Long, Organization> organizations = new HashMap<>();

	@Override
	public Clock clock() {
		return clock;
	}

	@Override
	public Optional<Organization> organization(long id) {
		return Optional.ofNullable(organizations.get(id));
	}

	/** Puts an organization on record under {@code id}, with {@code parentId} as its parent. */
	Organization organizationOnRecord(long id, String name, Long parentId) {
		Organization organization = organizations.computeIfAbsent(id,
				key -> new Organization(Slug.from(name, "x"), name, clock));
		organization.save(new SubjectCommands.SaveOrganization(name, null, null, java.util.List.of(),
				OrganizationKind.OTHER, null, parentId, null), this);
		return organization;
	}

}
