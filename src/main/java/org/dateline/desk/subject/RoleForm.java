package org.dateline.desk.subject;

import java.io.Serial;
import java.io.Serializable;

import jakarta.validation.constraints.Size;

/**
 * The "Add a role" form on a person's page: the organization (typed, and its id when picked from
 * the list), the role's title, its dates as typed, and whether it is the current one. On a refusal
 * the form goes back to the page with everything as typed.
 */
public class RoleForm implements Serializable {

	// flashed back to the page on a refusal, so it travels in the session
	@Serial
	private static final long serialVersionUID = 1L;

	@Size(max = 200, message = "Keep the organization's name under 200 characters.")
	private String organization = "";

	private Long organizationId;

	@Size(max = 200, message = "Keep the role to 200 characters or fewer.")
	private String role = "";

	@Size(max = 20, message = "Give the start date as year-month-day, such as 2024-03-01.")
	private String since = "";

	@Size(max = 20, message = "Give the end date as year-month-day, such as 2024-03-01.")
	private String until = "";

	private boolean current;

	private Long version;

	public String getOrganization() {
		return organization;
	}

	public void setOrganization(String organization) {
		this.organization = organization == null ? "" : organization;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role == null ? "" : role;
	}

	public String getSince() {
		return since;
	}

	public void setSince(String since) {
		this.since = since == null ? "" : since;
	}

	public String getUntil() {
		return until;
	}

	public void setUntil(String until) {
		this.until = until == null ? "" : until;
	}

	public boolean isCurrent() {
		return current;
	}

	public void setCurrent(boolean current) {
		this.current = current;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
