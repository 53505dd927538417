package org.dateline.support;

import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.shared.Actor;
import org.springframework.context.ApplicationContext;

/**
 * Puts pictures in the photo library for tests, through the same service the photo desk uses:
 * a generated JPEG whose IPTC caption and credit the library reads, as it would an agency's.
 * The library keeps one copy of the same bytes, so a test that needs a picture of its own gives
 * it a caption no other test uses.
 */
public final class TestPictures {

	private final MediaLibrary library;

	private final Actor by;

	public TestPictures(ApplicationContext context, Actor by) {
		this.library = context.getBean(MediaLibrary.class);
		this.by = by;
	}

	/** A 900 by 600 picture with this caption, by a staff photographer. */
	public ImageView upload(String caption) {
		return upload(caption, 900, 600);
	}

	public ImageView upload(String caption, int width, int height) {
		return upload("picture.jpg", width, height, new TestPhotos.Captioned(caption, "Staff", null, null));
	}

	/** A picture with the file name and the IPTC fields given (caption, photographer, agency, copyright). */
	public ImageView upload(String filename, int width, int height, TestPhotos.Captioned iptc) {
		return library.upload(new MediaLibrary.Upload(filename, TestPhotos.photo(width, height, iptc, false, 1)), by)
			.image();
	}

}
