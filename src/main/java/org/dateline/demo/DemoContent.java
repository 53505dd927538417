package org.dateline.demo;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/newsroom.json}; subjects refer to each other by {@code key}. */
record DemoContent(List<SectionData> sections, List<UserData> users, List<OrganizationData> organizations,
		List<PersonData> people, List<EventData> events, List<StoryData> stories) {

	record SectionData(String slug, String name) {
	}

	record UserData(String username, String displayName, String role) {
	}

	record OrganizationData(String key, String name, String kind, String country, String parent, List<String> aliases,
			String summary) {
	}

	record AffiliationData(String organization, String role, LocalDate since, LocalDate until, boolean current) {
	}

	record PersonData(String key, String name, String description, List<String> aliases, String summary,
			List<AffiliationData> affiliations) {
	}

	record ParticipantData(String subject, String role) {
	}

	record EventData(String key, String name, String kind, int startDaysAgo, Integer endDaysAgo, String startTime,
			String precision, String place, String status, String summary, List<ParticipantData> participants,
			List<String> followsUp) {
	}

	record StoryData(String slug, String headline, String dek, String section, String dateline, List<String> bylines,
			int daysAgo, int hour, List<String> body, List<String> primary, List<String> mentioned) {
	}

}
