package org.dateline.desk;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.dateline.account.DeskUser;
import org.dateline.account.TestAccounts;
import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.TestArticles;
import org.dateline.media.MediaLibrary;
import org.dateline.media.Renditions;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.dateline.support.TestPhotos;
import org.dateline.support.TestPhotos.Captioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The photo desk over HTTP: uploads and refusals, the library, lead images and what readers get. */
@IntegrationTest
class DeskMediaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleService articles;

	@Autowired
	MediaLibrary library;

	@Autowired
	Renditions renditions;

	DeskUser reporter;

	DeskUser editor;

	@BeforeEach
	void users() {
		TestAccounts accounts = new TestAccounts(context);
		reporter = accounts.create(Role.REPORTER);
		editor = accounts.create(Role.EDITOR);
	}

	@Test
	void aReporterUploadsAPhotoAndGetsItsCreditPrefilled() throws Exception {
		String caption = "Ferry leaving the north quay " + UUID.randomUUID();
		byte[] photo = TestPhotos.photo(1600, 1000, new Captioned(caption, "Ines Brandt", "Harbour Press", null), true, 1);

		mvc.perform(multipart("/desk/media").file(new MockMultipartFile("file", "ferry.jpg", "image/jpeg", photo))
			.header("Accept", "application/json").with(csrf()).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caption").value(caption))
			.andExpect(jsonPath("$.credit").value("Ines Brandt / Harbour Press"))
			.andExpect(jsonPath("$.alreadyInLibrary").value(false));

		mvc.perform(get("/desk/media").param("q", caption).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(caption)))
			.andExpect(content().string(containsString("Ines Brandt / Harbour Press")));
	}

	@Test
	void aRefusedUploadSaysWhyAndTheFormWithoutScriptDoesToo() throws Exception {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/desk/media").file(new MockMultipartFile("file", "logo.jpg", "image/jpeg", svg))
			.header("Accept", "application/json").with(csrf()).with(user(reporter)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value(containsString("SVG files are not accepted")));

		byte[] good = TestPhotos.photo(500, 400, new Captioned("Kept " + UUID.randomUUID(), "P", "A", null), false, 1);
		mvc.perform(multipart("/desk/media")
			.file(new MockMultipartFile("file", "notes.png", "image/png", "just text".getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("file", "good.jpg", "image/jpeg", good))
			.with(csrf()).with(user(reporter)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "1 picture added to the library."))
			.andExpect(flash().attribute("error", containsString("notes.png: This file is not a picture")));
	}

	@Test
	void anUploadOverTheLimitGetsThe413Page() throws Exception {
		byte[] huge = new byte[41 * 1024 * 1024 + 200_000];
		mvc.perform(post("/desk/media").contentType("multipart/form-data; boundary=matrix").content(huge)
			.with(csrf()).with(user(reporter)))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	void publishingIsRefusedUntilTheLeadImageHasAltTextAndThenReadersGetAPicture() throws Exception {
		long image = library.upload(new MediaLibrary.Upload("quay.jpg",
				TestPhotos.photo(2000, 1200, new Captioned("The quay at noon", "Ola Fenn", "Coast Wire", null), true, 1)),
				reporter.toActor()).image().id();
		long story = new TestArticles(articles, reporter.toActor()).story("Quay reopens " + UUID.randomUUID()).dek("Dek.")
			.body("<p>Text.</p>").draft().getId();

		mvc.perform(post("/desk/articles/{id}/lead-image", story).param("imageId", String.valueOf(image))
			.param("caption", "").param("altText", "").header("Accept", "application/json").with(csrf()).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.message").value(containsString("Write its alt text")));
		long version = articles.get(story).getVersion();

		mvc.perform(post("/desk/articles/{id}/publish", story).with(csrf()).with(user(editor)))
			.andExpect(flash().attribute("error", containsString("The lead image has no alt text")));
		assertThat(articles.get(story).getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(articles.get(story).getVersion()).as("choosing a picture never makes a conflict").isEqualTo(version);

		mvc.perform(post("/desk/articles/{id}/lead-image", story).param("imageId", String.valueOf(image))
			.param("caption", "Ferries wait at the reopened quay").param("altText", "Three ferries moored at a stone quay")
			.with(csrf()).with(user(reporter)))
			.andExpect(status().isFound());
		mvc.perform(post("/desk/articles/{id}/publish", story).with(csrf()).with(user(editor)));
		assertThat(articles.get(story).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);

		String hash = library.get(image).hash();
		String html = mvc.perform(get("/articles/" + articles.get(story).getSlug())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<picture>")
			.contains("type=\"image/webp\"")
			.contains("/media/" + hash + "/16x9-50x50-1200.webp 1200w")
			.contains("alt=\"Three ferries moored at a stone quay\"")
			.contains("Ferries wait at the reopened quay")
			.contains("Ola Fenn / Coast Wire")
			.contains("width=\"960\"").contains("height=\"540\"")
			.contains("<meta property=\"og:image\" content=\"http://localhost:8080/media/" + hash + "/16x9-50x50-1200.jpg\">")
			.contains("summary_large_image")
			.contains("\"image\":{\"@type\":\"ImageObject\"");

		MockHttpServletResponse rendition = mvc.perform(get("/media/" + hash + "/16x9-50x50-1200.webp"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
			.andExpect(header().string("Content-Type", "image/webp"))
			.andReturn().getResponse();
		assertThat(rendition.getContentAsByteArray()).isNotEmpty();
		mvc.perform(get("/media/" + hash + "/16x9-50x50-1201.webp")).andExpect(status().isNotFound());

		// in use: deleting is refused and the picture stays
		mvc.perform(post("/desk/media/{id}/delete", image).with(csrf()).with(user(editor)))
			.andExpect(flash().attribute("error", containsString("in use (1 story)")));
		assertThat(library.find(image)).isPresent();
		mvc.perform(get("/desk/media").param("used", "yes").param("q", "quay.jpg").with(user(reporter)))
			.andExpect(content().string(containsString("/desk/media/" + image)));
	}

	@Test
	void aLogoChosenForAnOrganizationShowsOnItsDeskPageAndThePickerOffersItsSquareCrop() throws Exception {
		String caption = "Harbour emblem " + UUID.randomUUID();
		org.dateline.media.ImageView logo = library.upload(new MediaLibrary.Upload("emblem.jpg",
				TestPhotos.photo(600, 600, new Captioned(caption, "Design Desk", null, null), false, 1)),
				reporter.toActor()).image();
		long board = new org.dateline.subject.TestSubjects(context, editor.toActor())
			.organization(org.dateline.subject.TestSubjects.unique("Harbour Board")).getId();

		mvc.perform(get("/desk/organizations/{id}", board).with(user(editor))).andExpect(status().isOk())
			.andExpect(content().string(containsString("No logo yet.")))
			.andExpect(content().string(containsString("Choose a logo from the library")));
		mvc.perform(post("/desk/organizations/{id}/image", board).param("imageId", String.valueOf(logo.id()))
			.with(csrf()).with(user(editor)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "Picture saved."));
		mvc.perform(get("/desk/organizations/{id}", board).with(user(editor))).andExpect(status().isOk())
			.andExpect(content().string(containsString(caption + " (Design Desk)")))
			.andExpect(content().string(containsString("/media/" + logo.hash() + "/1x1-50x50-320.jpg")));
		mvc.perform(get("/desk/media/picker").param("q", caption).with(user(editor)))
			.andExpect(jsonPath("$.images[0].square").value("/media/" + logo.hash() + "/1x1-50x50-320.jpg"));
	}

	@Test
	void anUnusedPictureCanBeDeletedByAnEditor() throws Exception {
		long image = library.upload(new MediaLibrary.Upload("spare.jpg",
				TestPhotos.photo(800, 500, new Captioned("Spare " + UUID.randomUUID(), "P", "A", null), false, 1)),
				reporter.toActor()).image().id();
		mvc.perform(post("/desk/media/{id}/delete", image).with(csrf()).with(user(editor)))
			.andExpect(flash().attribute("message", "Image deleted."));
		assertThat(library.find(image)).isEmpty();
	}

	@Test
	void theImagePageSavesCaptionAndFocalPoint() throws Exception {
		long image = library.upload(new MediaLibrary.Upload("focus.jpg",
				TestPhotos.photo(1200, 800, new Captioned("Focus " + UUID.randomUUID(), "P", "A", null), false, 1)),
				reporter.toActor()).image().id();

		mvc.perform(get("/desk/media/{id}", image).with(user(reporter))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Focal point")));
		mvc.perform(post("/desk/media/{id}", image).param("caption", "A new caption").param("altText", "Boats")
			.param("rightsExpireOn", "2001-01-01").param("version", "0").with(csrf()).with(user(reporter)))
			.andExpect(status().isFound());
		mvc.perform(post("/desk/media/{id}/focal-point", image).param("x", "25").param("y", "75").with(csrf())
			.with(user(reporter))).andExpect(status().isFound());

		assertThat(library.get(image).caption()).isEqualTo("A new caption");
		assertThat(library.get(image).focalX()).isEqualTo(25);
		assertThat(library.get(image).focalY()).isEqualTo(75);
		mvc.perform(get("/desk/media/{id}", image).with(user(reporter)))
			.andExpect(content().string(containsString("The rights to this picture expired")));
		mvc.perform(post("/desk/media/{id}", image).param("caption", "Stale").param("version", "0").with(csrf())
			.with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this image")));
	}

}
