package org.dateline.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.dateline.shared.DomainException;
import org.dateline.shared.Slug;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SaveSubject;

/**
 * Something that happens: a meeting, a round of talks, an attack, an election. It has a start
 * (and perhaps an end) known to some precision, a place, a status, participants and the earlier
 * events it follows up on.
 */
@Entity
@Table(name = "event")
@DiscriminatorValue("EVENT")
public class Event extends Subject {

	public static final int PLACE_MAX = 200;

	@Enumerated(EnumType.STRING)
	@Column(name = "event_kind", nullable = false, length = 20)
	private EventKind eventKind = EventKind.OTHER;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private DatePrecision precision;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "start_time")
	private LocalTime startTime;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "end_time")
	private LocalTime endTime;

	@Column(length = PLACE_MAX)
	private String place;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EventStatus status = EventStatus.SCHEDULED;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "event_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<Participant> participants = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "event_follow_up", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "previous_event_id")
	private Set<Long> followsUp = new LinkedHashSet<>();

	protected Event() {
	}

	Event(Slug slug, String name, Clock clock) {
		super(slug, name, clock);
	}

	@Override
	void loadCollections() {
		super.loadCollections();
		participants.size();
		followsUp.size();
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.EVENT;
	}

	@Override
	void saveAs(SaveEvent command, SubjectRules rules) {
		EventTime start = command.start();
		EventTime end = command.end();
		if (start == null) {
			throw new DomainException("Give the event's start, as precisely as it is known (2026, 2026-10, 2026-10-04).");
		}
		if (end != null && !end.sameGrainAs(start)) {
			throw new DomainException("Give the end as precisely as the start: both as years, both as months, or both as days.");
		}
		if (end != null && start.isAfter(end)) {
			throw new DomainException("The event cannot end (" + end.display() + ") before it starts ("
					+ start.display() + ").");
		}
		if (command.place() != null && command.place().strip().length() > PLACE_MAX) {
			throw new DomainException("Keep the place to " + PLACE_MAX + " characters or fewer.");
		}
		describe(command, rules.clock());
		this.eventKind = command.eventKind() == null ? EventKind.OTHER : command.eventKind();
		this.precision = start.precision();
		this.startDate = start.date();
		this.startTime = start.time();
		this.endDate = end == null ? null : end.date();
		this.endTime = end == null ? null : end.time();
		this.place = command.place() == null || command.place().isBlank() ? null : command.place().strip();
		this.status = command.status() == null ? EventStatus.SCHEDULED : command.status();
	}

	@Override
	public SaveSubject toCommand() {
		return new SaveEvent(getName(), getSlug(), getSummary(), getAliasNames(), eventKind, getStart(),
				getEnd().orElse(null), place, status, getVersion());
	}

	@Override
	public Set<Long> referencedSubjects() {
		Set<Long> ids = new LinkedHashSet<>();
		participants.forEach(p -> ids.add(p.getSubjectId()));
		ids.addAll(followsUp);
		return ids;
	}

	@Override
	void handOverTo(Subject survivor, Clock clock) {
		survivor.takeOver(this, clock);
	}

	@Override
	void takeOver(Event duplicate, Clock clock) {
		absorbParticipation(duplicate, clock);
	}

	Participant addParticipant(long subjectId, String role, Clock clock) {
		if (role != null && role.strip().length() > Participant.ROLE_MAX) {
			throw new DomainException("Keep the role to " + Participant.ROLE_MAX + " characters or fewer.");
		}
		if (subjectId == getId()) {
			throw new DomainException("An event cannot take part in itself.");
		}
		if (participants.stream().anyMatch(p -> p.getSubjectId() == subjectId)) {
			throw new DomainException("That participant is already listed. Remove it first to change its role.");
		}
		Participant participant = new Participant(subjectId, role);
		participants.add(participant);
		touch(clock);
		return participant;
	}

	void removeParticipant(long participantId, Clock clock) {
		if (!participants.removeIf(p -> p.getId() != null && p.getId() == participantId)) {
			throw new DomainException("That participant is no longer listed; someone may have removed it already.");
		}
		touch(clock);
	}

	void followUpOn(long previousEventId, Clock clock) {
		if (previousEventId == getId()) {
			throw new DomainException("An event cannot follow up on itself.");
		}
		if (!followsUp.add(previousEventId)) {
			throw new DomainException("This event already follows up on that one.");
		}
		touch(clock);
	}

	void dropFollowUp(long previousEventId, Clock clock) {
		followsUp.remove(previousEventId);
		touch(clock);
	}

	/** Takes over a merged duplicate's participants and follow-ups, skipping repeats. */
	private void absorbParticipation(Event other, Clock clock) {
		for (Participant p : other.participants) {
			if (p.getSubjectId() != getId().longValue()
					&& participants.stream().noneMatch(mine -> mine.getSubjectId().equals(p.getSubjectId()))) {
				participants.add(new Participant(p.getSubjectId(), p.getRole()));
			}
		}
		other.followsUp.stream().filter(id -> !id.equals(getId())).forEach(followsUp::add);
		touch(clock);
	}

	public EventKind getEventKind() {
		return eventKind;
	}

	public EventTime getStart() {
		return EventTime.stored(startDate, startTime, precision);
	}

	public Optional<EventTime> getEnd() {
		return endDate == null ? Optional.empty() : Optional.of(EventTime.stored(endDate, endTime, precision));
	}

	public String getPlace() {
		return place;
	}

	public EventStatus getStatus() {
		return status;
	}

	public List<Participant> getParticipants() {
		return Collections.unmodifiableList(participants);
	}

	public Set<Long> getFollowsUp() {
		return Collections.unmodifiableSet(followsUp);
	}

}
