package org.dateline.article.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A part of the paper, such as World or Business. Every story belongs to one. */
@Entity
@Table(name = "section")
public class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	public static final int NAME_MAX = 100;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected Section() {
	}

	public Section(String slug, String name, int position) {
		this.slug = slug;
		this.name = name;
		this.position = position;
	}

	void rename(String name, int position) {
		this.name = name;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}

}
