package org.dateline.subject;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another name for a subject, kept with its normalized form. */
@Embeddable
public class Alias {

	public static final int MAX = 200;

	@Column(nullable = false, length = MAX)
	private String name;

	@Column(nullable = false, length = MAX)
	private String normalized;

	protected Alias() {
	}

	Alias(String name) {
		this.name = name.strip();
		this.normalized = SubjectNames.normalize(name);
	}

	public String getName() {
		return name;
	}

	public String getNormalized() {
		return normalized;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Alias other && normalized.equals(other.normalized);
	}

	@Override
	public int hashCode() {
		return Objects.hash(normalized);
	}

}
