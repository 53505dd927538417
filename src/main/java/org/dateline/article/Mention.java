package org.dateline.article;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A link from a story to a subject, by the subject's id: {@link Prominence#PRIMARY} if the story
 * is about it, {@link Prominence#MENTIONED} if it only comes up.
 */
@Embeddable
public class Mention {

	/** How much a story is about a subject. */
	public enum Prominence {

		PRIMARY("Primary"), MENTIONED("Mentioned");

		private final String label;

		Prominence(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Whether an editor linked the subject by hand or accepted a suggestion. */
	public enum Source {
		MANUAL, SUGGESTED
	}

	@Column(name = "subject_id", nullable = false)
	private Long subjectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Prominence prominence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Source source;

	protected Mention() {
	}

	public Mention(long subjectId, Prominence prominence, Source source) {
		this.subjectId = subjectId;
		this.prominence = Objects.requireNonNull(prominence);
		this.source = source == null ? Source.MANUAL : source;
	}

	public Long getSubjectId() {
		return subjectId;
	}

	public Prominence getProminence() {
		return prominence;
	}

	public Source getSource() {
		return source;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Mention other && subjectId.equals(other.subjectId) && prominence == other.prominence
				&& source == other.source;
	}

	@Override
	public int hashCode() {
		return Objects.hash(subjectId, prominence, source);
	}

	@Override
	public String toString() {
		return prominence + " " + subjectId;
	}

}
