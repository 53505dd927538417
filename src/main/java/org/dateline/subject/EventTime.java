package org.dateline.subject;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event starts or ends, as precisely as it is known: {@code 2026}, {@code 2026-10},
 * {@code 2026-10-04} or {@code 2026-10-04 14:30} (local time in the newsroom's zone). The form
 * typed decides the precision, so the desk needs no separate precision field. A year or month is
 * stored as its first day.
 */
public record EventTime(LocalDate date, LocalTime time, DatePrecision precision) implements Comparable<EventTime> {

	private static final Pattern FORM = Pattern
		.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2}))?)?)?");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	public EventTime {
		Objects.requireNonNull(date);
		Objects.requireNonNull(precision);
		if ((precision == DatePrecision.TIME) != (time != null)) {
			throw new IllegalArgumentException("A time of day goes with the exact-time precision only");
		}
		date = switch (precision) {
			case YEAR -> date.withDayOfYear(1);
			case MONTH -> date.withDayOfMonth(1);
			default -> date;
		};
	}

	/** A whole day. */
	public static EventTime day(LocalDate date) {
		return new EventTime(date, null, DatePrecision.DAY);
	}

	/**
	 * Reads back a start or end as the {@code event} table keeps it: the event's one precision
	 * column and, for an exact time, a time of day. A stored exact-time precision without a time
	 * (an end given as a day for a start given to the minute) is a day.
	 */
	public static EventTime stored(LocalDate date, LocalTime time, DatePrecision eventPrecision) {
		DatePrecision precision = time != null ? DatePrecision.TIME
				: eventPrecision == DatePrecision.TIME ? DatePrecision.DAY : eventPrecision;
		return new EventTime(date, time, precision);
	}

	/** Whether this and {@code other} are known to the same grain: a year, a month, or a day (with or without a time). */
	public boolean sameGrainAs(EventTime other) {
		return grain(precision) == grain(other.precision);
	}

	private static DatePrecision grain(DatePrecision precision) {
		return precision == DatePrecision.TIME ? DatePrecision.DAY : precision;
	}

	/**
	 * Reads what an editor typed, or explains why it cannot be read.
	 *
	 * @throws IllegalArgumentException with a message fit to show the editor
	 */
	public static Optional<EventTime> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"Write a date as 2026, 2026-10, 2026-10-04 or 2026-10-04 14:30, as precisely as it is known.");
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) == null) {
				return Optional.of(new EventTime(LocalDate.of(year, 1, 1), null, DatePrecision.YEAR));
			}
			int month = Integer.parseInt(m.group(2));
			if (m.group(3) == null) {
				return Optional.of(new EventTime(YearMonth.of(year, month).atDay(1), null, DatePrecision.MONTH));
			}
			LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
			if (m.group(4) == null) {
				return Optional.of(new EventTime(date, null, DatePrecision.DAY));
			}
			LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
			return Optional.of(new EventTime(date, time, DatePrecision.TIME));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + text.strip() + "' is not a real date.");
		}
	}

	/** The form an editor types, so that the edit form shows it back unchanged. */
	public String toInput() {
		return switch (precision) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> YearMonth.from(date).toString();
			case DAY -> date.toString();
			case TIME -> date + " " + CLOCK.format(time);
		};
	}

	/** For readers, at the precision known: "2026", "October 2026", "4 October 2026", "4 October 2026, 14:30". */
	public String display() {
		return switch (precision) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> MONTH.format(date);
			case DAY -> DAY.format(date);
			case TIME -> DAY.format(date) + ", " + CLOCK.format(time);
		};
	}

	/** ISO 8601 at the precision known, for {@code <time datetime>} and JSON-LD. */
	public String iso() {
		return switch (precision) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> YearMonth.from(date).toString();
			case DAY -> date.toString();
			case TIME -> date + "T" + CLOCK.format(time);
		};
	}

	/** Whether this comes strictly after {@code other}, judged on what both know. */
	public boolean isAfter(EventTime other) {
		return compareTo(other) > 0;
	}

	@Override
	public int compareTo(EventTime other) {
		int byDate = date.compareTo(other.date);
		if (byDate != 0 || time == null || other.time == null) {
			return byDate;
		}
		return time.compareTo(other.time);
	}

}
