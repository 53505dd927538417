package org.dateline.subject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.dateline.subject.SubjectCommands.SaveSubject;

/**
 * A person, organization or event that stories are about. What every kind shares lives here:
 * name, slug, summary and aliases. An alias may not repeat the subject's own name or another of
 * its aliases (compared in their normalized form).
 *
 * <p>
 * Each kind applies its own save command and takes over its own part of a merged duplicate,
 * through double dispatch: {@link #save} hands the command to {@code SaveSubject.applyTo}, whose
 * record calls the {@code saveAs} overload of its kind, which only the subclass of that kind
 * overrides; a command of another kind is refused. {@link #absorb} works the same way for
 * merges. So no service, form or controller needs to ask which kind a subject is.
 */
@Entity
@Table(name = "subject")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Subject {

	public static final int NAME_MAX = 200;

	public static final int SUMMARY_MAX = 4000;

	public static final int ALIASES_MAX = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
	private String slug;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(name = "normalized_name", nullable = false, length = NAME_MAX)
	private String normalizedName;

	@Column(length = SUMMARY_MAX)
	private String summary;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "subject_alias", joinColumns = @JoinColumn(name = "subject_id"))
	@OrderBy("name")
	private Set<Alias> aliases = new LinkedHashSet<>();

	protected Subject() {
	}

	protected Subject(Slug slug, String name, Clock clock) {
		this.slug = slug.value();
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
		rename(name);
	}

	public abstract SubjectKind kind();

	/** The command that would save this subject as it is now: the desk's form starts from it. */
	public abstract SaveSubject toCommand();

	/** The other subjects this one refers to (roles' organizations, participants, earlier events). */
	public abstract Set<Long> referencedSubjects();

	/** Applies a save command, which must be of this subject's kind. */
	final void save(SaveSubject command, SubjectRules rules) {
		command.applyTo(this, rules);
	}

	void saveAs(SavePerson command, SubjectRules rules) {
		throw wrongKind(command.kind());
	}

	void saveAs(SaveOrganization command, SubjectRules rules) {
		throw wrongKind(command.kind());
	}

	void saveAs(SaveEvent command, SubjectRules rules) {
		throw wrongKind(command.kind());
	}

	private DomainException wrongKind(SubjectKind other) {
		return new DomainException(getName() + " is " + kind().withArticle() + ", not " + other.withArticle() + ".");
	}

	/** What every kind's save does first: name, summary and aliases. */
	void describe(SaveSubject command, Clock clock) {
		describe(command.name(), command.summary(), command.aliases(), clock);
	}

	/**
	 * Takes over a duplicate of the same kind that is being merged into this one: its name and
	 * aliases become aliases here, and its kind hands over what is its own (a person's roles, an
	 * event's participants and follow-ups).
	 */
	final void absorb(Subject duplicate, Clock clock) {
		if (duplicate.kind() != kind()) {
			throw new DomainException("Only subjects of the same kind can be merged: " + duplicate.getName() + " is "
					+ duplicate.kind().withArticle() + ", " + getName() + " is " + kind().withArticle() + ".");
		}
		absorbName(duplicate.getName());
		duplicate.aliases.forEach(a -> absorbName(a.getName()));
		duplicate.handOverTo(this, clock);
		touch(clock);
	}

	/** The duplicate's half of {@link #absorb}: calls the survivor's {@code takeOver} of its own kind. */
	abstract void handOverTo(Subject survivor, Clock clock);

	void takeOver(Person duplicate, Clock clock) {
		throw wrongKind(duplicate.kind());
	}

	void takeOver(Event duplicate, Clock clock) {
		throw wrongKind(duplicate.kind());
	}

	/** Loads the lazy collections while the transaction is open, so the desk can show them afterwards. */
	void loadCollections() {
		aliases.size();
	}

	void describe(String name, String summary, List<String> aliases, Clock clock) {
		rename(name);
		this.summary = summary == null || summary.isBlank() ? null : summary.strip();
		replaceAliases(aliases);
		touch(clock);
	}

	private void rename(String name) {
		if (name == null || name.isBlank()) {
			throw new DomainException("Every " + kind().label().toLowerCase() + " needs a name.");
		}
		if (name.strip().length() > NAME_MAX) {
			throw new DomainException("Keep the name to " + NAME_MAX + " characters or fewer.");
		}
		if (SubjectNames.normalize(name).isEmpty()) {
			throw new DomainException("A name needs at least one letter or digit.");
		}
		if (SubjectNames.normalize(name).length() > NAME_MAX) {
			throw new DomainException("Keep the name to " + NAME_MAX + " characters or fewer (some letters count double).");
		}
		this.name = name.strip();
		this.normalizedName = SubjectNames.normalize(name);
	}

	/**
	 * Replaces the aliases with {@code names}, in order. Blank lines are ignored; the subject's own
	 * name and repeats are refused.
	 */
	void replaceAliases(List<String> names) {
		Set<Alias> next = new LinkedHashSet<>();
		String own = normalizedName;
		for (String raw : names) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			Alias alias = new Alias(raw);
			if (alias.getNormalized().isEmpty()) {
				throw new DomainException("The alias '" + raw.strip() + "' has no letters or digits.");
			}
			if (alias.getName().length() > Alias.MAX || alias.getNormalized().length() > Alias.MAX) {
				throw new DomainException("Keep each alias to " + Alias.MAX + " characters or fewer.");
			}
			if (alias.getNormalized().equals(own)) {
				throw new DomainException("'" + alias.getName() + "' is the name itself, not an alias.");
			}
			if (!next.add(alias)) {
				throw new DomainException("The alias '" + alias.getName() + "' is listed twice.");
			}
		}
		if (next.size() > ALIASES_MAX) {
			throw new DomainException("Keep to " + ALIASES_MAX + " aliases or fewer.");
		}
		aliases.clear();
		aliases.addAll(next);
	}

	/** Adds a name (a merged duplicate's) as an alias unless the subject already answers to it. */
	void absorbName(String other) {
		Alias alias = new Alias(other);
		if (!alias.getNormalized().isEmpty() && !alias.getNormalized().equals(normalizedName)
				&& aliases.size() < ALIASES_MAX) {
			aliases.add(alias);
		}
	}

	String changeSlug(Slug newSlug) {
		String old = slug;
		slug = newSlug.value();
		return old;
	}

	void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getNormalizedName() {
		return normalizedName;
	}

	public String getSummary() {
		return summary;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	public List<Alias> getAliases() {
		return Collections.unmodifiableList(new ArrayList<>(aliases));
	}

	public List<String> getAliasNames() {
		return aliases.stream().map(Alias::getName).toList();
	}

}
