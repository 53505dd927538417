package org.dateline.subject;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTimeTests {

	@Test
	void theFormTypedSetsThePrecision() {
		assertThat(EventTime.parse("2026").orElseThrow().precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(EventTime.parse("2026-10").orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(EventTime.parse(" 2026-10-04 ").orElseThrow().precision()).isEqualTo(DatePrecision.DAY);
		EventTime exact = EventTime.parse("2026-10-04 14:30").orElseThrow();
		assertThat(exact.precision()).isEqualTo(DatePrecision.TIME);
		assertThat(exact.time()).isEqualTo(LocalTime.of(14, 30));
		assertThat(EventTime.parse("2026-10-04T09:05").orElseThrow().toInput()).isEqualTo("2026-10-04 09:05");
		assertThat(EventTime.parse("")).isEmpty();
	}

	@Test
	void readersSeeOnlyWhatIsKnown() {
		assertThat(EventTime.parse("2026").orElseThrow().display()).isEqualTo("2026");
		assertThat(EventTime.parse("2026-10").orElseThrow().display()).isEqualTo("October 2026");
		assertThat(EventTime.parse("2026-10-04").orElseThrow().display()).isEqualTo("4 October 2026");
		assertThat(EventTime.parse("2026-10-04 14:30").orElseThrow().display()).isEqualTo("4 October 2026, 14:30");
		assertThat(EventTime.parse("2026-10").orElseThrow().iso()).isEqualTo("2026-10");
		assertThat(EventTime.parse("2026-10-04 14:30").orElseThrow().iso()).isEqualTo("2026-10-04T14:30");
	}

	@Test
	void aCoarseDateIsStoredAsItsFirstDay() {
		assertThat(new EventTime(LocalDate.of(2026, 10, 17), null, DatePrecision.MONTH).date())
			.isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(new EventTime(LocalDate.of(2026, 10, 17), null, DatePrecision.YEAR).date())
			.isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void nonsenseAndImpossibleDatesAreExplained() {
		assertThatThrownBy(() -> EventTime.parse("next Tuesday")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2026-10-04");
		assertThatThrownBy(() -> EventTime.parse("2026-02-30")).hasMessageContaining("not a real date");
		assertThatThrownBy(() -> EventTime.parse("2026-13")).hasMessageContaining("not a real date");
	}

	@Test
	void orderComparesTimesOnlyWhenBothHaveThem() {
		EventTime morning = EventTime.parse("2026-10-04 09:00").orElseThrow();
		EventTime evening = EventTime.parse("2026-10-04 18:00").orElseThrow();
		EventTime day = EventTime.parse("2026-10-04").orElseThrow();
		assertThat(morning.isAfter(evening)).isFalse();
		assertThat(evening.isAfter(morning)).isTrue();
		assertThat(evening.isAfter(day)).isFalse();
	}

}
