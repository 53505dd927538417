package org.dateline.subject;

public enum EventKind {

	MEETING("Meeting"), NEGOTIATION("Negotiation"), ATTACK("Attack"), ELECTION("Election"), OTHER("Other");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
