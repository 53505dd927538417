package org.dateline.api;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook endpoint can subscribe to, with the {@code type} its payloads carry. */
enum WebhookEventType {

	STORY_PUBLISHED("story.published", "A story is published (or published again)"),
	STORY_UPDATED("story.updated", "A live story's text is edited"),
	STORY_UNPUBLISHED("story.unpublished", "A story is taken down"),
	STORY_CORRECTED("story.corrected", "A correction or update is added to a story"),
	SUBJECT_CREATED("subject.created", "A person, organization or event is added"),
	SUBJECT_UPDATED("subject.updated", "A person, organization or event is changed"),
	SUBJECT_MERGED("subject.merged", "Two subjects are merged into one"),
	SUBJECT_DELETED("subject.deleted", "A subject is deleted");

	private final String type;

	private final String label;

	WebhookEventType(String type, String label) {
		this.type = type;
		this.label = label;
	}

	public String type() {
		return type;
	}

	public String label() {
		return label;
	}

	static Optional<WebhookEventType> of(String type) {
		return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
	}

}
