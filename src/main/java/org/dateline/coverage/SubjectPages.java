package org.dateline.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.dateline.article.reader.ArticleTeaser;
import org.dateline.subject.EventKind;
import org.dateline.subject.EventStatus;
import org.dateline.subject.EventTime;
import org.dateline.subject.OrganizationKind;
import org.dateline.subject.SubjectKind;
import org.springframework.stereotype.Service;

/**
 * The reader's pages for people, organizations and events. Each page is a fixed handful of
 * statements whatever the number of stories or subjects: the subject itself, its roles or
 * participants, one page of its coverage timeline (newest first, with the total in the same
 * statement), and the subjects most often linked alongside it. This class holds the page's read
 * model; {@link SubjectRows} reads the subject and {@link SubjectTimelines} its coverage.
 */
@Service
public class SubjectPages {

	public static final int TIMELINE_PAGE_SIZE = 20;

	/** A subject: the shared fields, and those of its kind (the others are null). */
	public record Header(long id, SubjectKind kind, String name, String slug, String summary, List<String> aliases,
			Instant updatedAt, String description, OrganizationKind organizationKind, String country,
			SubjectLink parent, EventKind eventKind, EventTime start, EventTime end, String place,
			EventStatus status) {
	}

	/** A link to another subject's page. */
	public record SubjectLink(SubjectKind kind, String name, String slug) {
	}

	/** A role: the person or organization on the other side, the title and the dates. */
	public record Role(SubjectLink other, String title, LocalDate since, LocalDate until, boolean current) {
	}

	/** A participant in an event and their part in it. */
	public record Participant(SubjectLink subject, String role) {
	}

	/** An event linked to this one: {@code earlier} if this one follows up on it, otherwise later. */
	public record RelatedEvent(SubjectLink event, EventTime start, EventStatus status, boolean earlier) {
	}

	/** A subject and in how many of the same stories it appears. */
	public record Companion(SubjectLink subject, long stories) {
	}

	/** A month of the coverage timeline. */
	public record Month(YearMonth month, List<Entry> stories) {
	}

	/** A story on the timeline, and whether it is mainly about the subject. */
	public record Entry(ArticleTeaser story, boolean primary) {
	}

	/** One page of the timeline, grouped by month, newest first. */
	public record Timeline(List<Month> months, int page, long total) {

		public int pages() {
			return (int) Math.max(1, (total + TIMELINE_PAGE_SIZE - 1) / TIMELINE_PAGE_SIZE);
		}

		public boolean hasNext() {
			return page < pages();
		}

		public boolean hasPrevious() {
			return page > 1;
		}

	}

	/** Everything a subject page shows. Lists that do not apply to the kind are empty. */
	public record Page(Header header, Role currentRole, List<Role> roles, List<Role> people,
			List<Participant> participants, List<RelatedEvent> related, Timeline timeline,
			List<Companion> companions) {
	}

	/** Where a slug leads: a page, a subject's new slug, or nothing. */
	public sealed interface Lookup permits Found, Moved, Missing {
	}

	public record Found(Page page) implements Lookup {
	}

	public record Moved(SubjectKind kind, String slug) implements Lookup {
	}

	public record Missing() implements Lookup {
	}

	private final SubjectRows rows;

	private final SubjectTimelines timelines;

	SubjectPages(SubjectRows rows, SubjectTimelines timelines) {
		this.rows = rows;
		this.timelines = timelines;
	}

	public Lookup find(SubjectKind kind, String slug, int page) {
		Optional<Header> header = header(kind, slug);
		if (header.isEmpty()) {
			return rows.movedFrom(slug);
		}
		Header h = header.get();
		List<Role> roles = List.of();
		List<Role> people = List.of();
		List<Participant> participants = List.of();
		List<RelatedEvent> related = List.of();
		switch (kind) {
			case PERSON -> roles = rows.rolesOf(h.id());
			case ORGANIZATION -> people = rows.peopleOf(h.id());
			case EVENT -> {
				participants = rows.participantsOf(h.id());
				related = rows.relatedTo(h.id());
			}
		}
		Role current = roles.stream().filter(Role::current).findFirst().orElse(null);
		List<Role> others = roles.stream().filter(r -> r != current).toList();
		return new Found(new Page(h, current, others, people, participants, related, timelines.timeline(h.id(), page),
				timelines.companions(h.id())));
	}

	/** A subject's header for its feed, or empty. */
	public Optional<Header> header(SubjectKind kind, String slug) {
		return rows.header(kind, slug);
	}

}
