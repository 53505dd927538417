package org.dateline.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dateline.shared.DomainException;

/** A dated correction or update note on a published story. Part of the {@link Article} aggregate. */
@Entity
@Table(name = "correction")
public class Correction {

	public static final int TEXT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private CorrectionKind kind;

	@Column(nullable = false, length = TEXT_MAX, updatable = false)
	private String text;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	protected Correction() {
	}

	/** A new correction or update with {@code text} stripped; refused when blank or too long. */
	static Correction written(CorrectionKind kind, String text, Instant at, Long by) {
		if (text == null || text.isBlank()) {
			throw new DomainException("Write the text of the " + kind.label().toLowerCase() + ".");
		}
		if (text.strip().length() > TEXT_MAX) {
			throw new DomainException("Keep the " + kind.label().toLowerCase() + " to " + TEXT_MAX + " characters or fewer.");
		}
		return new Correction(kind, text.strip(), at, by);
	}

	private Correction(CorrectionKind kind, String text, Instant createdAt, Long createdBy) {
		this.kind = kind;
		this.text = text;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public CorrectionKind getKind() {
		return kind;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

}
