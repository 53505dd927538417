package org.dateline.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person or organization that took part in an event, and as what ("mediator", "host"). */
@Entity
@Table(name = "event_participant")
public class Participant {

	public static final int ROLE_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "subject_id", nullable = false)
	private Long subjectId;

	@Column(length = ROLE_MAX)
	private String role;

	protected Participant() {
	}

	Participant(long subjectId, String role) {
		this.subjectId = subjectId;
		this.role = role == null || role.isBlank() ? null : role.strip();
	}

	public Long getId() {
		return id;
	}

	public Long getSubjectId() {
		return subjectId;
	}

	public String getRole() {
		return role;
	}

}
