package org.dateline.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(length = 50, updatable = false)
	private String actor;

	@Column(nullable = false, length = 50, updatable = false)
	private String action;

	@Column(length = 200, updatable = false)
	private String target;

	@Column(length = 1000, updatable = false)
	private String detail;

	@Column(name = "client_ip", length = 64, updatable = false)
	private String clientIp;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String target, String detail, String clientIp) {
		this.occurredAt = occurredAt;
		this.actor = truncate(actor, 50);
		this.action = truncate(action, 50);
		this.target = truncate(target, 200);
		this.detail = truncate(detail, 1000);
		this.clientIp = truncate(clientIp, 64);
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getTarget() {
		return target;
	}

	public String getDetail() {
		return detail;
	}

	public String getClientIp() {
		return clientIp;
	}

}
