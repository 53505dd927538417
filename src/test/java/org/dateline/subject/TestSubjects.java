package org.dateline.subject;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dateline.shared.Actor;
import org.dateline.subject.SubjectCommands.SaveEvent;
import org.dateline.subject.SubjectCommands.SaveOrganization;
import org.dateline.subject.SubjectCommands.SavePerson;
import org.springframework.context.ApplicationContext;

/**
 * Makes subjects for tests, each with a unique name (the shared test database keeps everything),
 * through the same service the desk uses.
 */
public final class TestSubjects {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final SubjectService subjects;

	private final Actor editor;

	public TestSubjects(ApplicationContext context, Actor editor) {
		this.subjects = context.getBean(SubjectService.class);
		this.editor = editor;
	}

	/** A name no other test uses, such as "Ilse Varga 17". */
	public static String unique(String name) {
		return name + " " + SEQUENCE.incrementAndGet() + "x" + (System.nanoTime() % 10_000);
	}

	public Person person(String name, String... aliases) {
		return (Person) subjects.create(new SavePerson(name, null, null, List.of(aliases),
				"A person in the news", null), editor);
	}

	public Organization organization(String name, String... aliases) {
		return (Organization) subjects.create(new SaveOrganization(name, null, null,
				List.of(aliases), OrganizationKind.GOVERNMENT_BODY, "Valdoria", null, null), editor);
	}

	public Event event(String name, String start, String end) {
		return (Event) subjects.create(new SaveEvent(name, null, null, List.of(),
				EventKind.NEGOTIATION, EventTime.parse(start).orElseThrow(),
				EventTime.parse(end).orElse(null), "Odenburg", EventStatus.CONCLUDED, null), editor);
	}

}
