package org.dateline.article;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One name on a story: a desk user (with their id, and the name shown when the byline was set) or
 * free text such as a wire service.
 */
@Embeddable
public class Byline {

	public static final int NAME_MAX = 100;

	@Column(name = "user_id")
	private Long userId;

	@Column(name = "name", nullable = false, length = NAME_MAX)
	private String name;

	protected Byline() {
	}

	private Byline(Long userId, String name) {
		this.userId = userId;
		this.name = Objects.requireNonNull(name).strip();
	}

	public static Byline ofUser(long userId, String displayName) {
		return new Byline(userId, displayName);
	}

	public static Byline ofName(String name) {
		return new Byline(null, name);
	}

	public Long getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public boolean isDeskUser() {
		return userId != null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Byline other && Objects.equals(userId, other.userId) && name.equals(other.name);
	}

	@Override
	public int hashCode() {
		return Objects.hash(userId, name);
	}

	@Override
	public String toString() {
		return userId == null ? name : name + "#" + userId;
	}

}
