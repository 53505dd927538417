package org.dateline.subject;

/** The kinds of subject, each with the words the desk and the site use for it. */
public enum SubjectKind {

	PERSON("Person", "People", "people"), ORGANIZATION("Organization", "Organizations", "organizations"),
	EVENT("Event", "Events", "events");

	private final String label;

	private final String pluralLabel;

	private final String plural;

	SubjectKind(String label, String pluralLabel, String plural) {
		this.label = label;
		this.pluralLabel = pluralLabel;
		this.plural = plural;
	}

	public String label() {
		return label;
	}

	public String pluralLabel() {
		return pluralLabel;
	}

	/** The lower-case plural, as in {@code /people/...}. */
	public String plural() {
		return plural;
	}

	/** "a person", "an organization", "an event". */
	public String withArticle() {
		return (this == PERSON ? "a " : "an ") + label.toLowerCase(java.util.Locale.ROOT);
	}

	public static SubjectKind fromPlural(String plural) {
		for (SubjectKind kind : values()) {
			if (kind.plural.equals(plural)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("No subject kind '" + plural + "'");
	}

}
