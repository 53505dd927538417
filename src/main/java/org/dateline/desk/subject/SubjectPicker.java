package org.dateline.desk.subject;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.shared.DomainException;
import org.dateline.subject.Subject;
import org.dateline.subject.SubjectDirectory;
import org.dateline.subject.SubjectDirectory.SubjectLine;
import org.dateline.subject.SubjectKind;
import org.dateline.subject.SubjectService;
import org.springframework.stereotype.Component;

/**
 * Turns what an editor entered in a subject field into one subject: the id the search list filled
 * in, or else the one subject whose name or alias is exactly what was typed. A name that matches
 * nothing, or several namesakes, is refused with a message that says which.
 */
@Component
public class SubjectPicker {

	private final SubjectService subjects;

	private final SubjectDirectory directory;

	SubjectPicker(SubjectService subjects, SubjectDirectory directory) {
		this.subjects = subjects;
		this.directory = directory;
	}

	public long pick(String typed, Long id, Set<SubjectKind> kinds, String what) {
		if (id != null && !exists(id)) {
			// picked from the list, then merged away or deleted before the form was sent: go by the name
			id = null;
		}
		if (id != null) {
			Subject subject = subjects.get(id);
			if (!kinds.contains(subject.kind())) {
				throw new DomainException("Choose " + article(what) + " " + what + "; " + subject.getName() + " is not one.");
			}
			if (typed == null || typed.isBlank() || Objects.equals(typed.strip(), subject.getName())) {
				return id;
			}
		}
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty()) {
			throw new DomainException("Type the name of the " + what + ", then choose it from the list.");
		}
		List<SubjectLine> matches = directory.resolve(name, kinds);
		if (matches.isEmpty()) {
			throw new DomainException("No " + what + " called '" + name + "' is on record. Check the spelling, or create it first.");
		}
		if (matches.size() > 1) {
			throw new DomainException("'" + name + "' could be " + matches.stream()
				.map(m -> m.name() + (m.detail() == null ? "" : " (" + m.detail() + ")"))
				.collect(Collectors.joining(" or ")) + ". Choose one from the list as you type.");
		}
		return matches.get(0).id();
	}

	private boolean exists(long id) {
		return !directory.lines(List.of(id)).isEmpty();
	}

	private static String article(String what) {
		return what.startsWith("o") || what.startsWith("e") ? "an" : "a";
	}

}
