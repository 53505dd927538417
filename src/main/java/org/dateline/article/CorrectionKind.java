package org.dateline.article;

/** A correction fixes an error; an update adds news to a live story. */
public enum CorrectionKind {

	CORRECTION("Correction"), UPDATE("Update");

	private final String label;

	CorrectionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
