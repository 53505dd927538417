package org.dateline.subject;

/** How much of an event's date is known. */
public enum DatePrecision {

	YEAR("Year"), MONTH("Month"), DAY("Day"), TIME("Exact time");

	private final String label;

	DatePrecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
