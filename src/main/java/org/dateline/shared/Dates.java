package org.dateline.shared;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Shows stored UTC instants in the newsroom's zone. Templates call it as {@code @dates}:
 * {@code ${@dates.display(article.publishedAt)}} for people and {@code ${@dates.iso(...)}} for
 * machines ({@code <time datetime>}).
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final DatelineProperties properties;

	public Dates(DatelineProperties properties) {
		this.properties = properties;
	}

	public String display(Instant instant) {
		return instant == null ? "" : DISPLAY.format(local(instant));
	}

	public String shortForm(Instant instant) {
		return instant == null ? "" : SHORT.format(local(instant));
	}

	public String day(Instant instant) {
		return instant == null ? "" : DAY.format(local(instant));
	}

	/** ISO-8601 with the zone's offset, for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local(instant.truncatedTo(ChronoUnit.SECONDS)));
	}

	/** For a {@code datetime-local} input. */
	public String inputValue(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(local(instant));
	}

	public String zone() {
		return properties.zone().getId();
	}

	private ZonedDateTime local(Instant instant) {
		return instant.atZone(properties.zone());
	}

}
