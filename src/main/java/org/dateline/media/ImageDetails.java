package org.dateline.media;

import java.time.LocalDate;

/** What the desk edits about an image: its caption, credit and rights, and a default alt text. */
public record ImageDetails(String caption, String photographer, String agency, String copyright, String source,
		String usageTerms, LocalDate rightsExpireOn, String altText) {

	public ImageDetails {
		caption = tidy(caption);
		photographer = tidy(photographer);
		agency = tidy(agency);
		copyright = tidy(copyright);
		source = tidy(source);
		usageTerms = tidy(usageTerms);
		altText = tidy(altText);
	}

	private static String tidy(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
