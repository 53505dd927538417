package org.dateline.media;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dateline.shared.DomainException;

/** An uploaded original and what the desk knows about it. The bytes live in the blob store. */
@Entity
@Table(name = "image")
class Image {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String hash;

	@Column(name = "original_key", nullable = false)
	private String originalKey;

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "byte_size", nullable = false)
	private long byteSize;

	private int width;

	private int height;

	private short orientation = 1;

	@Column(name = "has_alpha")
	private boolean hasAlpha;

	@Column(name = "has_location")
	private boolean hasLocation;

	private String caption;

	private String photographer;

	private String agency;

	private String copyright;

	private String source;

	@Column(name = "usage_terms")
	private String usageTerms;

	@Column(name = "rights_expire_on")
	private LocalDate rightsExpireOn;

	@Column(name = "captured_at")
	private LocalDateTime capturedAt;

	@Column(name = "alt_text")
	private String altText;

	@Column(name = "focal_x")
	private float focalX = 0.5f;

	@Column(name = "focal_y")
	private float focalY = 0.5f;

	private String notes;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	@Column(name = "uploaded_by_name")
	private String uploadedByName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Image() {
	}

	Image(String hash, String originalKey, String filename, ImageFormat format, long byteSize, int width, int height,
			int orientation, boolean hasAlpha, PhotoMetadata metadata, String notes, Long uploadedBy,
			String uploadedByName, Clock clock) {
		this.hash = hash;
		this.originalKey = originalKey;
		this.filename = filename;
		this.contentType = format.mediaType();
		this.byteSize = byteSize;
		this.width = width;
		this.height = height;
		this.orientation = (short) orientation;
		this.hasAlpha = hasAlpha;
		this.hasLocation = metadata.hasLocation();
		this.caption = metadata.caption();
		this.photographer = metadata.photographer();
		this.agency = metadata.agency();
		this.copyright = metadata.copyright();
		this.source = metadata.source();
		this.usageTerms = metadata.usageTerms();
		this.capturedAt = metadata.capturedAt();
		this.notes = notes;
		this.uploadedBy = uploadedBy;
		this.uploadedByName = uploadedByName;
		this.uploadedAt = clock.instant();
		this.updatedAt = uploadedAt;
	}

	void describe(ImageDetails details, Clock clock) {
		this.caption = details.caption();
		this.photographer = details.photographer();
		this.agency = details.agency();
		this.copyright = details.copyright();
		this.source = details.source();
		this.usageTerms = details.usageTerms();
		this.rightsExpireOn = details.rightsExpireOn();
		this.altText = details.altText();
		this.updatedAt = clock.instant();
	}

	void focusOn(double x, double y, Clock clock) {
		if (Double.isNaN(x) || Double.isNaN(y) || x < 0 || x > 1 || y < 0 || y > 1) {
			throw new DomainException("The focal point must lie inside the picture.");
		}
		this.focalX = (float) x;
		this.focalY = (float) y;
		this.updatedAt = clock.instant();
	}

	ImageView view() {
		return new ImageView(id, hash, filename, contentType, byteSize, width, height, caption, photographer, agency,
				copyright, source, usageTerms, rightsExpireOn, capturedAt, altText, Math.round(focalX * 100),
				Math.round(focalY * 100), notes, hasLocation, uploadedByName, uploadedAt, version);
	}

	Long getId() {
		return id;
	}

	String getHash() {
		return hash;
	}

	String getOriginalKey() {
		return originalKey;
	}

	int getWidth() {
		return width;
	}

	int getHeight() {
		return height;
	}

	int getOrientation() {
		return orientation;
	}

	float getFocalX() {
		return focalX;
	}

	float getFocalY() {
		return focalY;
	}

	long getVersion() {
		return version;
	}

}
