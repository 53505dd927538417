package org.dateline.subject;

import java.time.LocalDate;
import java.util.List;

import org.dateline.shared.Slug;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An event's own rules, on the aggregate alone: its start and end at the precision known. */
class EventTests {

	final SubjectTestRules rules = new SubjectTestRules();

	Event event() {
		return new Event(new Slug("odenburg-talks"), "Odenburg talks", rules.clock());
	}

	SaveEvent times(String start, String end) {
		return new SaveEvent("Odenburg talks", null, null, List.of(), EventKind.NEGOTIATION,
				EventTime.parse(start).orElse(null), EventTime.parse(end).orElse(null), " Odenburg ", null, null);
	}

	@Test
	void aSaveSetsTheDetailsAndReadsThemBackAtTheirPrecision() {
		Event event = event();
		event.save(times("2026-10", "2026-11"), rules);
		assertThat(event.getStart().display()).isEqualTo("October 2026");
		assertThat(event.getEnd()).map(EventTime::display).contains("November 2026");
		assertThat(event.getPlace()).isEqualTo("Odenburg");
		assertThat(event.getStatus()).isEqualTo(EventStatus.SCHEDULED);
	}

	@Test
	void aStartToTheMinuteMayEndOnADay() {
		Event event = event();
		event.save(times("2026-10-04 14:30", "2026-10-06"), rules);
		assertThat(event.getStart().precision()).isEqualTo(DatePrecision.TIME);
		assertThat(event.getEnd()).map(EventTime::precision).contains(DatePrecision.DAY);
		assertThat(event.getEnd()).map(EventTime::toInput).contains("2026-10-06");
	}

	@Test
	void theStartIsRequired() {
		assertThatThrownBy(() -> event().save(times("", null), rules)).hasMessageContaining("Give the event's start");
	}

	@Test
	void theEndIsGivenAsPreciselyAsTheStart() {
		assertThatThrownBy(() -> event().save(times("2026", "2026-10-04"), rules))
			.hasMessageContaining("as precisely as the start");
		assertThatThrownBy(() -> event().save(times("2026-10", "2026-10-04 10:00"), rules))
			.hasMessageContaining("as precisely as the start");
	}

	@Test
	void anEventCannotEndBeforeItStarts() {
		Event event = event();
		assertThatThrownBy(() -> event.save(times("2026-10-04", "2026-10-03"), rules))
			.hasMessage("The event cannot end (3 October 2026) before it starts (4 October 2026).");
		assertThatThrownBy(() -> event.save(times("2026-10-04 14:30", "2026-10-04 09:00"), rules))
			.hasMessageContaining("cannot end");
	}

	@Test
	void anEventCreatedInlineStartsOnTheDayGiven() {
		Event event = event();
		event.save(SaveEvent.named("Odenburg talks", LocalDate.of(2026, 3, 1)), rules);
		assertThat(event.getStart()).isEqualTo(EventTime.day(LocalDate.of(2026, 3, 1)));
		assertThat(event.getEnd()).isEmpty();
	}

	@Test
	void anOrganizationCommandIsRefused() {
		assertThatThrownBy(() -> event().save(SaveOrganization.named("Odenburg talks"), rules))
			.hasMessage("Odenburg talks is an event, not an organization.");
	}

	@Test
	void theConflictPageShowsDatesAsTheEditorTypesThem() {
		Event event = event();
		event.save(times("2026-10-04 14:30", null), rules);
		SaveEvent onRecord = (SaveEvent) event.toCommand();
		assertThat(onRecord.fields()).containsEntry("Start", "2026-10-04 14:30").containsEntry("Status", "Scheduled");
		assertThat(SubjectCommands.changes(onRecord, times("2026-10-05", null)))
			.extracting(SubjectCommands.Change::field)
			.contains("Start");
	}

}
