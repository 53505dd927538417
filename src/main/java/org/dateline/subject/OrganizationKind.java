package org.dateline.subject;

public enum OrganizationKind {

	GOVERNMENT_BODY("Government body"), AGENCY("Agency"), POLITICAL_GROUP("Political group"),
	ARMED_GROUP("Armed group"), COMPANY("Company"), OTHER("Other");

	private final String label;

	OrganizationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
