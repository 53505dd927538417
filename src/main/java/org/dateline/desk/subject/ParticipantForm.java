package org.dateline.desk.subject;

import java.io.Serial;
import java.io.Serializable;

import jakarta.validation.constraints.Size;

/**
 * The "Add a participant" form on an event's page: a person or organization (typed, and its id
 * when picked from the list) and the part they play. On a refusal the form goes back to the page
 * with everything as typed.
 */
public class ParticipantForm implements Serializable {

	// flashed back to the page on a refusal, so it travels in the session
	@Serial
	private static final long serialVersionUID = 1L;

	@Size(max = 200, message = "Keep the participant's name under 200 characters.")
	private String participant = "";

	private Long participantId;

	@Size(max = 200, message = "Keep the role under 200 characters, such as mediator.")
	private String role = "";

	public String getParticipant() {
		return participant;
	}

	public void setParticipant(String participant) {
		this.participant = participant == null ? "" : participant;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public void setParticipantId(Long participantId) {
		this.participantId = participantId;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role == null ? "" : role;
	}

}
