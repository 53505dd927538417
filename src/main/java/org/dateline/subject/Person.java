package org.dateline.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectCommands.SaveSubject;

/**
 * A person in the news, with a short description ("Foreign minister of Valdoria") and the roles
 * they hold or held in organizations. At most one affiliation is current, and the same role in
 * the same organization cannot be held twice over overlapping dates.
 */
@Entity
@Table(name = "person")
@DiscriminatorValue("PERSON")
public class Person extends Subject {

	public static final int DESCRIPTION_MAX = 200;

	@Column(length = DESCRIPTION_MAX)
	private String description;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "person_id", nullable = false, updatable = false)
	@OrderBy("current desc, since desc nulls last, id")
	private List<Affiliation> affiliations = new ArrayList<>();

	protected Person() {
	}

	Person(Slug slug, String name, Clock clock) {
		super(slug, name, clock);
	}

	@Override
	void loadCollections() {
		super.loadCollections();
		affiliations.size();
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.PERSON;
	}

	@Override
	void saveAs(SavePerson command, SubjectRules rules) {
		if (command.description() != null && command.description().strip().length() > DESCRIPTION_MAX) {
			throw new DomainException("Keep the description to " + DESCRIPTION_MAX + " characters or fewer.");
		}
		describe(command, rules.clock());
		String given = command.description();
		this.description = given == null || given.isBlank() ? null : given.strip();
	}

	@Override
	public SaveSubject toCommand() {
		return new SavePerson(getName(), getSlug(), getSummary(), getAliasNames(), description, getVersion());
	}

	@Override
	public Set<Long> referencedSubjects() {
		return affiliations.stream().map(Affiliation::getOrganizationId).collect(Collectors.toSet());
	}

	@Override
	void handOverTo(Subject survivor, Clock clock) {
		survivor.takeOver(this, clock);
	}

	@Override
	void takeOver(Person duplicate, Clock clock) {
		absorbAffiliations(duplicate, clock);
	}

	/** Adds a role; a new current role makes any other one no longer current. */
	Affiliation affiliate(long organizationId, String role, LocalDate since, LocalDate until, boolean current,
			Clock clock) {
		if (role != null && role.strip().length() > Affiliation.ROLE_MAX) {
			throw new DomainException("Keep the role to " + Affiliation.ROLE_MAX + " characters or fewer.");
		}
		if (until != null && since != null && until.isBefore(since)) {
			throw new DomainException("The role cannot end (" + until + ") before it starts (" + since + ").");
		}
		if (current && until != null && until.isBefore(LocalDate.now(clock))) {
			throw new DomainException("A role that ended on " + until + " cannot be the current one.");
		}
		Affiliation added = new Affiliation(organizationId, role, since, until, current);
		for (Affiliation existing : affiliations) {
			if (existing.clashesWith(added)) {
				throw new DomainException(getName() + " already holds "
						+ (added.getRole() == null ? "a role without a title" : "the role '" + added.getRole() + "'")
						+ " in that organization over overlapping dates. Change the dates, or edit the existing one.");
			}
		}
		if (current) {
			affiliations.forEach(a -> a.setCurrent(false));
		}
		affiliations.add(added);
		touch(clock);
		return added;
	}

	void removeAffiliation(long affiliationId, Clock clock) {
		if (!affiliations.removeIf(a -> a.getId() != null && a.getId() == affiliationId)) {
			throw new DomainException("That role is no longer on record; someone may have removed it already.");
		}
		touch(clock);
	}

	void makeCurrent(long affiliationId, Clock clock) {
		Affiliation chosen = affiliations.stream()
			.filter(a -> a.getId() != null && a.getId() == affiliationId)
			.findFirst()
			.orElseThrow(() -> new DomainException("That role is no longer on record."));
		affiliations.forEach(a -> a.setCurrent(a == chosen));
		touch(clock);
	}

	/** Takes over a merged duplicate's roles, skipping any it already holds. */
	void absorbAffiliations(Person other, Clock clock) {
		boolean hasCurrent = currentAffiliation().isPresent();
		for (Affiliation a : other.affiliations) {
			Affiliation copy = new Affiliation(a.getOrganizationId(), a.getRole(), a.getSince(), a.getUntil(),
					a.isCurrent() && !hasCurrent);
			if (affiliations.stream().noneMatch(existing -> existing.clashesWith(copy))) {
				affiliations.add(copy);
				hasCurrent |= copy.isCurrent();
			}
		}
		touch(clock);
	}

	public String getDescription() {
		return description;
	}

	public List<Affiliation> getAffiliations() {
		return Collections.unmodifiableList(affiliations);
	}

	public Optional<Affiliation> currentAffiliation() {
		return affiliations.stream().filter(Affiliation::isCurrent).findFirst();
	}

}
