package org.dateline.subject;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.dateline.shared.SlugAllocator;
import org.dateline.subject.SubjectCommands.AddAffiliation;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectCommands.SaveSubject;
import org.dateline.subject.SubjectEvents.SubjectDeleted;
import org.dateline.subject.SubjectEvents.SubjectSaved;
import org.dateline.subject.SubjectEvents.SubjectsMerged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the desk asks of the knowledge graph: creating and editing subjects, their aliases, roles,
 * participants and follow-ups, merging duplicates and deleting mistakes. Every change is
 * announced as a {@link SubjectEvents} event, which the audit log records. Only editors may
 * change subjects.
 */
@Service
@Transactional(readOnly = true)
public class SubjectService {

	private static final SlugAllocator SLUGS = new SlugAllocator("subject", DomainException::new);

	private final SubjectRepository subjects;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SubjectRules rules;

	private final StoryLinks storyLinks;

	private final SubjectDirectory directory;

	private final MergedReferences references;

	SubjectService(SubjectRepository subjects, JdbcClient jdbc, EntityManager entityManager,
			ApplicationEventPublisher events, Clock clock, StoryLinks storyLinks, SubjectDirectory directory,
			MergedReferences references) {
		this.subjects = subjects;
		this.references = references;
		this.storyLinks = storyLinks;
		this.directory = directory;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
		this.rules = new SubjectRules() {

			@Override
			public Clock clock() {
				return clock;
			}

			@Override
			public Optional<Organization> organization(long id) {
				return subjects.findOrganization(id);
			}

		};
	}

	// --- reading -------------------------------------------------------------------------

	/** Whether any person, organization or event is on record. */
	public boolean anySubject() {
		return subjects.anySubject();
	}

	/** A subject with its aliases, roles, participants and follow-ups loaded, ready for the desk. */
	public Subject get(long id) {
		Subject subject = subjects.findById(id).orElseThrow(() -> new SubjectNotFoundException("#" + id));
		subject.loadCollections();
		return subject;
	}

	public Subject get(long id, SubjectKind kind) {
		Subject subject = get(id);
		if (subject.kind() != kind) {
			throw new SubjectNotFoundException(kind.label().toLowerCase() + " #" + id);
		}
		return subject;
	}

	/** A subject, or one of the kind that the slug used to name (renamed or merged away). */
	public Optional<Subject> findBySlug(String slug) {
		Optional<Subject> subject = subjects.findBySlug(slug);
		subject.ifPresent(Subject::loadCollections);
		return subject;
	}

	public boolean slugAvailable(String slug, Long subjectId) {
		boolean used = subjectId == null ? subjects.existsBySlug(slug) : subjects.existsBySlugAndIdNot(slug, subjectId);
		if (used) {
			return false;
		}
		return jdbc.sql("select subject_id from subject_slug_alias where slug = ?")
			.param(slug)
			.query(Long.class)
			.optional()
			.map(owner -> owner.equals(subjectId))
			.orElse(true);
	}

	// --- writing -------------------------------------------------------------------------

	@Transactional
	public Subject create(SaveSubject command, Actor by) {
		requireEditor(by);
		Slug slug = chooseSlug(command.slug(), command.name(), null);
		Subject subject = switch (command.kind()) {
			case PERSON -> new Person(slug, command.name(), clock);
			case ORGANIZATION -> new Organization(slug, command.name(), clock);
			case EVENT -> new Event(slug, command.name(), clock);
		};
		subject.save(command, rules);
		subject = save(subject);
		events.publishEvent(new SubjectSaved(subject.getId(), subject.kind(), subject.getSlug(), by.username(), true,
				null));
		return subject;
	}

	/**
	 * Creates a person with their current role in an organization, as an accepted suggestion
	 * does: the organization is found by its name or an alias, or created with the person. All in
	 * one transaction, so a role that cannot be added leaves neither the person nor the
	 * organization behind.
	 *
	 * @param role the role's title, or blank for a role without one
	 */
	@Transactional
	public Subject createWithRole(SavePerson person, String organization, String role, Actor by) {
		Subject created = create(person, by);
		long organizationId = directory.resolve(organization, EnumSet.of(SubjectKind.ORGANIZATION))
			.stream()
			.findFirst()
			.map(SubjectDirectory.SubjectLine::id)
			.orElseGet(() -> create(SaveOrganization.named(organization), by).getId());
		affiliate(created.getId(), new AddAffiliation(organizationId, role == null || role.isBlank() ? null : role.strip(),
				null, null, true), null, by);
		return created;
	}

	@Transactional
	public Subject update(long id, SaveSubject command, Actor by) {
		requireEditor(by);
		Subject subject = get(id, command.kind());
		if (command.expectedVersion() != null && command.expectedVersion() != subject.getVersion()) {
			// the conflict page shows what the other save changed, against what this editor sent
			throw new StaleSubjectException(id, command.expectedVersion(),
					SubjectCommands.changes(subject.toCommand(), command));
		}
		subject.save(command, rules);
		String requested = command.slug() == null ? "" : command.slug().strip();
		if (!requested.isEmpty() && !requested.equals(subject.getSlug())) {
			Slug newSlug = chooseSlug(requested, command.name(), id);
			jdbc.sql("delete from subject_slug_alias where slug = ? and subject_id = ?").params(newSlug.value(), id).update();
			String old = subject.changeSlug(newSlug);
			jdbc.sql("insert into subject_slug_alias (slug, subject_id, created_at) values (?, ?, ?)")
				.params(old, id, clock.instant().atOffset(java.time.ZoneOffset.UTC))
				.update();
		}
		subject = save(subject);
		events.publishEvent(new SubjectSaved(id, subject.kind(), subject.getSlug(), by.username(), false, null));
		return subject;
	}

	@Transactional
	public Affiliation affiliate(long personId, AddAffiliation command, Long expectedVersion, Actor by) {
		requireEditor(by);
		Subject organization = get(command.organizationId());
		if (organization.kind() != SubjectKind.ORGANIZATION) {
			throw new DomainException("A role belongs to an organization; " + organization.getName() + " is not one.");
		}
		return change(personId, Person.class, expectedVersion, by, person -> {
			Affiliation added = person.affiliate(command.organizationId(), command.role(), command.since(),
					command.until(), command.current(), clock);
			return new Changed<>(added, "role " + Objects.requireNonNullElse(added.getRole(), "") + " at "
					+ organization.getName());
		});
	}

	@Transactional
	public void removeAffiliation(long personId, long affiliationId, Actor by) {
		change(personId, Person.class, null, by, person -> {
			person.removeAffiliation(affiliationId, clock);
			return Changed.only("removed role #" + affiliationId);
		});
	}

	@Transactional
	public void makeCurrent(long personId, long affiliationId, Actor by) {
		change(personId, Person.class, null, by, person -> {
			person.makeCurrent(affiliationId, clock);
			return Changed.only("current role #" + affiliationId);
		});
	}

	@Transactional
	public Participant addParticipant(long eventId, long subjectId, String role, Actor by) {
		requireEditor(by);
		Subject participant = get(subjectId);
		if (participant.kind() == SubjectKind.EVENT) {
			throw new DomainException("Participants are people or organizations; to link two events, use 'follows up on'.");
		}
		return change(eventId, Event.class, null, by,
				event -> new Changed<>(event.addParticipant(subjectId, role, clock), "participant " + participant.getName()));
	}

	@Transactional
	public void removeParticipant(long eventId, long participantId, Actor by) {
		change(eventId, Event.class, null, by, event -> {
			event.removeParticipant(participantId, clock);
			return Changed.only("removed participant #" + participantId);
		});
	}

	@Transactional
	public void followUpOn(long eventId, long previousEventId, Actor by) {
		requireEditor(by);
		if (eventId != previousEventId && get(previousEventId).kind() != SubjectKind.EVENT) {
			throw new DomainException("An event can only follow up on another event.");
		}
		change(eventId, Event.class, null, by, event -> {
			event.followUpOn(previousEventId, clock);
			return Changed.only("follows up on #" + previousEventId);
		});
	}

	@Transactional
	public void dropFollowUp(long eventId, long previousEventId, Actor by) {
		change(eventId, Event.class, null, by, event -> {
			event.dropFollowUp(previousEventId, clock);
			return Changed.only("no longer follows up on #" + previousEventId);
		});
	}

	/**
	 * One change to a person's roles or an event's participants and follow-ups: loads it (refusing
	 * a stale version), applies {@code change}, saves, announces what changed, and returns what the change made.
	 */
	/** What a change to a subject's roles, participants or follow-ups made, and how the audit says it. */
	private record Changed<R>(R result, String what) {

		static Changed<Void> only(String what) {
			return new Changed<>(null, what);
		}

	}

	private <T extends Subject, R> R change(long id, Class<T> type, Long expectedVersion, Actor by,
			java.util.function.Function<T, Changed<R>> change) {
		requireEditor(by);
		SubjectKind kind = type == Person.class ? SubjectKind.PERSON : SubjectKind.EVENT;
		T subject = type.cast(get(id, kind));
		checkVersion(subject, expectedVersion);
		Changed<R> changed = change.apply(subject);
		save(subject);
		events.publishEvent(new SubjectSaved(id, kind, subject.getSlug(), by.username(), false, changed.what()));
		return changed.result();
	}

	/**
	 * Merges the duplicate {@code loserId} into {@code survivorId}, which must be of the same kind.
	 * The survivor takes the loser's name and aliases as aliases, its roles, participation,
	 * follow-ups and story links (moved by the article module on {@link SubjectsMerged}); the
	 * loser's slugs redirect to the survivor; the loser is deleted. All in one transaction.
	 */
	@Transactional
	public Subject merge(long loserId, long survivorId, Actor by) {
		requireEditor(by);
		if (loserId == survivorId) {
			throw new DomainException("Choose a different subject to merge into; a subject cannot absorb itself.");
		}
		Subject loser = get(loserId);
		Subject survivor = get(survivorId);
		survivor.absorb(loser, clock);
		save(survivor);
		references.move(loserId, survivorId);
		events.publishEvent(new SubjectsMerged(loserId, survivorId, loser.getName(), loser.getSlug(), by.username()));
		subjects.delete(loser);
		subjects.flush();
		return survivor;
	}

	/**
	 * Deletes a subject made by mistake. Refused while any story links it, saying how many; the
	 * database's foreign key refuses too if a story links it meanwhile.
	 */
	@Transactional
	public void delete(long id, Actor by) {
		requireEditor(by);
		Subject subject = get(id);
		long linking = storyLinks.storiesLinking(id);
		if (linking > 0) {
			throw new SubjectInUseException(subject.getName(), linking);
		}
		try {
			subjects.delete(subject);
			subjects.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new SubjectInUseException(subject.getName());
		}
		events.publishEvent(new SubjectDeleted(id, subject.getName(), by.username()));
	}

	// --- helpers -------------------------------------------------------------------------

	private Subject save(Subject subject) {
		try {
			Subject saved = subjects.saveAndFlush(subject);
			return saved;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleSubjectException(subject.getId(), subject.getVersion());
		}
	}

	private void checkVersion(Subject subject, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != subject.getVersion()) {
			throw new StaleSubjectException(subject.getId(), expectedVersion);
		}
	}

	private static void requireEditor(Actor by) {
		by.requireEditor("Only editors can change people, organizations and events.");
	}

	private Slug chooseSlug(String requested, String name, Long subjectId) {
		return SLUGS.allocate(requested, name, slug -> slugAvailable(slug, subjectId));
	}

}
