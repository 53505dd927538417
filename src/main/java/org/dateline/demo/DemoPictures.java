package org.dateline.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.dateline.article.ArticleImages;
import org.dateline.media.ImageDetails;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.shared.Actor;
import org.dateline.subject.SubjectImages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pictures for the demo newsroom, drawn in code when it loads: a map, a chart, a stadium or a
 * stage for most stories (by section), and simple portraits and logos for some people and
 * organizations, each with a caption, a credit and alt text.
 */
@Component
class DemoPictures {

	static final String CREDIT = "Dateline graphics desk";

	private final MediaLibrary library;

	private final ArticleImages storyImages;

	private final SubjectImages subjectImages;

	private final JdbcClient jdbc;

	DemoPictures(MediaLibrary library, ArticleImages storyImages, SubjectImages subjectImages, JdbcClient jdbc) {
		this.library = library;
		this.storyImages = storyImages;
		this.subjectImages = subjectImages;
		this.jdbc = jdbc;
	}

	private record Story(long id, String slug, String section, String dateline) {
	}

	private record Named(long id, String kind, String name) {
	}

	/** Draws and attaches the pictures; returns how many were made. */
	int addTo(Actor admin) {
		int made = 0;
		List<Story> stories = jdbc.sql("""
				select a.id, a.slug, s.slug, coalesce(a.dateline, '') from article a join section s on s.id = a.section_id
				order by a.id""")
			.query((rs, n) -> new Story(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		for (int i = 0; i < stories.size(); i++) {
			if (i % 5 == 4) {
				continue; // most stories, not all: a story without a picture must look right too
			}
			Story story = stories.get(i);
			Drawn drawn = draw(story, new Random(story.slug().hashCode()));
			ImageView image = upload(story.slug() + ".jpg", drawn.image(), drawn.caption(), drawn.alt(), admin);
			storyImages.setLeadImage(story.id(), new ArticleImages.LeadImage(image.id(), null, drawn.alt(), false), admin);
			made++;
		}
		List<Named> subjects = jdbc.sql("""
				select id, kind, name from subject where kind in ('PERSON', 'ORGANIZATION') order by id""")
			.query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		int people = 0;
		int organizations = 0;
		for (Named subject : subjects) {
			boolean person = subject.kind().equals("PERSON");
			if (person ? people++ >= 8 : organizations++ >= 8) {
				continue;
			}
			BufferedImage picture = person ? DemoDrawings.portrait(subject.name()) : DemoDrawings.logo(subject.name());
			String alt = person ? "Illustrated portrait of " + subject.name() : "Logo of " + subject.name();
			ImageView image = upload("subject-" + subject.id() + ".png", picture,
					(person ? "Portrait of " : "Logo of ") + subject.name() + " (illustration).", alt, admin);
			subjectImages.setImage(subject.id(), image.id());
			made++;
		}
		return made;
	}

	private ImageView upload(String filename, BufferedImage picture, String caption, String alt, Actor admin) {
		byte[] bytes = filename.endsWith(".png") ? encode(picture, "png") : encode(picture, "jpeg");
		ImageView image = library.upload(new MediaLibrary.Upload(filename, bytes), admin).image();
		return library.describe(image.id(), image.version(),
				new ImageDetails(caption, CREDIT, null, "Dateline demo content", "Drawn for the demo newsroom",
						"Free to use within this demo", null, alt),
				admin);
	}

	private record Drawn(BufferedImage image, String caption, String alt) {
	}

	private static Drawn draw(Story story, Random random) {
		String place = story.dateline().isBlank() ? "the region" : story.dateline();
		return switch (story.section()) {
			case "business" -> new Drawn(DemoDrawings.chart(random), "Chart: an illustration of the figures in this story.",
					"A bar chart of eight rising and falling bars over a pale grid");
			case "sport" -> new Drawn(DemoDrawings.stadium(random), "The ground, as drawn by the graphics desk.",
					"An illustrated sports ground seen from above, green pitch inside a red running track");
			case "politics" -> new Drawn(DemoDrawings.stage(random), "The chamber's podium, as drawn by the graphics desk.",
					"An illustrated podium under three spotlights before dark red curtains");
			default -> new Drawn(DemoDrawings.map(random), "Map of " + place + " and the coast, drawn by the graphics desk.",
					"An illustrated map of a coastline with a blue sea, green land and marked towns");
		};
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
