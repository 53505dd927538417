package org.dateline.suggest;

import java.util.List;

import org.dateline.subject.SubjectKind;

/**
 * One proposed subject link. A known subject has its {@code subjectId}; a new candidate has none
 * and carries the role, organization and short forms the text gives it; an ambiguous name has
 * no id and lists its {@code candidates}. {@code key} identifies the suggestion for "reject".
 *
 * @param name the subject's name (known) or the fullest name in the text (new)
 * @param matched the forms found in the text, in order of first appearance
 * @param aliases for a new person or organization, the shorter forms the text also uses
 */
public record Suggestion(String name, SubjectKind kind, Long subjectId, List<String> matched, String role,
		String organization, List<Option> candidates, List<String> aliases, String key) {

	/** One of the subjects an ambiguous name could mean. */
	public record Option(long subjectId, String name, SubjectKind kind) {
	}

	public boolean known() {
		return subjectId != null;
	}

	public boolean ambiguous() {
		return !candidates.isEmpty();
	}

}
