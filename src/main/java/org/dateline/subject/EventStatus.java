package org.dateline.subject;

public enum EventStatus {

	SCHEDULED("Scheduled"), UNDER_WAY("Under way"), CONCLUDED("Concluded"), COLLAPSED("Collapsed"),
	CANCELLED("Cancelled");

	private final String label;

	EventStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
