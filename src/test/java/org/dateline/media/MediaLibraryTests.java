package org.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.dateline.shared.Actor;
import org.dateline.shared.Role;
import org.dateline.support.IntegrationTest;
import org.dateline.support.TestPhotos;
import org.dateline.support.TestPhotos.Captioned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads as the desk makes them: what is taken, what is refused and why, and what readers get. */
@IntegrationTest
class MediaLibraryTests {

	static final Actor REPORTER = new Actor(1, "reporter-media", Role.REPORTER);

	@Autowired
	MediaLibrary library;

	@Autowired
	Renditions renditions;

	@Autowired
	BlobStore store;

	@Test
	void aPhotosCaptionCreditAndDateArePrefilledFromItsMetadata() {
		String caption = "Fishing boats in the harbour at dawn " + UUID.randomUUID();
		byte[] photo = TestPhotos.photo(1400, 900,
				new Captioned(caption, "Mira Castell", "Northwind Agency", "(c) 2026 Northwind"), true, 1);

		ImageView image = library.upload(new MediaLibrary.Upload("harbour.jpg", photo), REPORTER).image();

		assertThat(image.caption()).isEqualTo(caption);
		assertThat(image.photographer()).isEqualTo("Mira Castell");
		assertThat(image.agency()).isEqualTo("Northwind Agency");
		assertThat(image.credit()).isEqualTo("Mira Castell / Northwind Agency");
		assertThat(image.copyright()).isEqualTo("(c) 2026 Northwind");
		assertThat(image.hasLocation()).isTrue();
		assertThat(image.width()).isEqualTo(1400);
		assertThat(image.height()).isEqualTo(900);
		assertThat(image.uploadedByName()).isEqualTo("reporter-media");
	}

	@Test
	void theOriginalIsKeptUntouchedAndRenditionsCarryNoLocation() throws Exception {
		byte[] photo = TestPhotos.photo(1300, 800, new Captioned("Quay", "A. Photographer", "Wire", null), true, 1);
		ImageView image = library.upload(new MediaLibrary.Upload("quay.jpg", photo), REPORTER).image();

		assertThat(store.read("originals/" + image.hash().substring(0, 2) + "/" + image.hash())).hasValue(photo);
		assertThat(renditions.awaitIdle(60_000)).isTrue();
		for (String name : List.of("320.jpg", "640.webp", "1200.jpg", "1200.webp")) {
			byte[] bytes = renditions.find(image.hash(), name).orElseThrow().open().readAllBytes();
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			assertThat(text).as(name).doesNotContain("Exif").doesNotContain("Photoshop 3.0");
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
			int width = Integer.parseInt(name.substring(0, name.indexOf('.')));
			assertThat(decoded.getWidth()).as(name).isEqualTo(width);
			assertThat(decoded.getHeight()).as(name).isEqualTo(Math.round(800f * width / 1300));
		}
		// wider than the original is never made
		assertThat(renditions.find(image.hash(), "1600.jpg")).isEmpty();
		assertThat(library.renditionsMade(image.id())).contains("320.webp", "1200.jpg");
	}

	@Test
	void exifOrientationIsApplied() throws Exception {
		byte[] photo = TestPhotos.photo(600, 300, null, false, 6);

		ImageView image = library.upload(new MediaLibrary.Upload("sideways.jpg", photo), REPORTER).image();

		assertThat(image.width()).isEqualTo(300);
		assertThat(image.height()).isEqualTo(600);
		byte[] rendition = renditions.find(image.hash(), "300.jpg").orElseThrow().open().readAllBytes();
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(rendition));
		assertThat(upright.getWidth()).isEqualTo(300);
		assertThat(upright.getHeight()).isEqualTo(600);
	}

	@Test
	void onlyWhitelistedSizesAreEverMade() {
		ImageView image = library.upload(new MediaLibrary.Upload("w.jpg", TestPhotos.photo(1000, 700, null, false, 1)),
				REPORTER).image();

		assertThat(renditions.find(image.hash(), "641.jpg")).isEmpty();
		assertThat(renditions.find(image.hash(), "99999.jpg")).isEmpty();
		assertThat(renditions.find(image.hash(), "640.png")).isEmpty();
		assertThat(renditions.find(image.hash(), "16x9-10x10-640.jpg")).as("not the focal point").isEmpty();
		assertThat(renditions.find("0".repeat(32), "640.jpg")).isEmpty();
		assertThat(renditions.find(image.hash(), "../../etc/passwd")).isEmpty();
	}

	@Test
	void cropsFollowTheFocalPoint() throws Exception {
		BufferedImage scene = new BufferedImage(1600, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scene.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(0, 0, 800, 800);
		g.setColor(Color.RED);
		g.fillRect(800, 0, 800, 800);
		g.dispose();
		ImageView image = library.upload(new MediaLibrary.Upload("halves.jpg", TestPhotos.jpeg(scene)), REPORTER)
			.image();

		ImageView focused = library.focusOn(image.id(), 0.9, 0.5, REPORTER);
		String name = focused.rendition(Crop.SQUARE, 640, Rendition.Format.JPEG).name();
		assertThat(name).isEqualTo("1x1-90x50-640.jpg");

		BufferedImage square = ImageIO
			.read(new ByteArrayInputStream(renditions.find(image.hash(), name).orElseThrow().open().readAllBytes()));
		assertThat(square.getWidth()).isEqualTo(640);
		assertThat(square.getHeight()).isEqualTo(640);
		Color middle = new Color(square.getRGB(320, 320));
		assertThat(middle.getRed()).isGreaterThan(200);
		assertThat(middle.getBlue()).isLessThan(60);
		assertThat(focused.rendition(Crop.WIDE, 1200, Rendition.Format.WEBP).height()).isEqualTo(675);
	}

	@Test
	void theSameFileUploadedTwiceIsTheSameImage() {
		byte[] photo = TestPhotos.photo(700, 500, new Captioned("Twice " + UUID.randomUUID(), "P", "A", null), false,
				1);
		ImageView first = library.upload(new MediaLibrary.Upload("a.jpg", photo), REPORTER).image();

		MediaLibrary.Uploaded again = library.upload(new MediaLibrary.Upload("b.jpg", photo), REPORTER);

		assertThat(again.alreadyInLibrary()).isTrue();
		assertThat(again.image().id()).isEqualTo(first.id());
	}

	@Test
	void aFileThatIsNotAPictureIsRefusedWhateverItsName() {
		assertRefused("report.jpg", "Quarterly figures, not a photo".getBytes(StandardCharsets.UTF_8),
				"not a picture");
	}

	@Test
	void svgIsRefusedBecauseItCanCarryScript() {
		byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		assertRefused("logo.png", svg, "SVG");
	}

	@Test
	void aTruncatedFileIsRefused() {
		byte[] photo = TestPhotos.photo(900, 600, null, false, 1);
		assertRefused("cut.jpg", Arrays.copyOf(photo, photo.length / 2), "cut off");
		byte[] png = TestPhotos.png(TestPhotos.scene(300, 200));
		assertRefused("cut.png", Arrays.copyOf(png, png.length - 30), "cut off");
	}

	@Test
	void aCorruptFileIsRefused() {
		byte[] photo = TestPhotos.photo(900, 600, null, false, 1);
		byte[] broken = photo.clone();
		// keep the markers but scramble the start of the header tables
		for (int i = 200; i < 600; i++) {
			broken[i] = (byte) 0xFF;
		}
		assertRefused("broken.jpg", broken, "");
	}

	@Test
	void aDecompressionBombIsRefusedBeforeDecoding() {
		// A 1-bit PNG header that claims 20,000 x 20,000 pixels; its pixel data is never read.
		byte[] png = pngHeaderOnly(20_000, 20_000);
		assertRefused("bomb.png", png, "400 megapixels");
	}

	@Test
	void transparencyIsKeptInWebpAndFlattenedOnWhiteInJpeg() throws Exception {
		BufferedImage logo = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = logo.createGraphics();
		g.setColor(new Color(0, 120, 0));
		g.fillOval(100, 100, 200, 200);
		g.dispose();
		ImageView image = library.upload(new MediaLibrary.Upload("logo.png", TestPhotos.png(logo)), REPORTER).image();
		assertThat(image.notes()).contains("Transparent");

		BufferedImage jpeg = ImageIO
			.read(new ByteArrayInputStream(renditions.find(image.hash(), "320.jpg").orElseThrow().open().readAllBytes()));
		assertThat(new Color(jpeg.getRGB(2, 2))).isEqualTo(Color.WHITE);
		BufferedImage webp = ImageIO
			.read(new ByteArrayInputStream(renditions.find(image.hash(), "320.webp").orElseThrow().open().readAllBytes()));
		assertThat(webp.getColorModel().hasAlpha()).isTrue();
		assertThat(webp.getRGB(2, 2) >>> 24).isZero();
		assertThat(webp.getRGB(160, 160) >>> 24).isEqualTo(255);
	}

	@Test
	void sixteenBitPngsAreTaken() throws Exception {
		BufferedImage deep = new BufferedImage(500, 300, BufferedImage.TYPE_USHORT_GRAY);
		Graphics2D g = deep.createGraphics();
		g.setColor(Color.GRAY);
		g.fillRect(0, 0, 500, 300);
		g.dispose();
		ImageView image = library.upload(new MediaLibrary.Upload("deep.png", TestPhotos.png(deep)), REPORTER).image();

		assertThat(image.notes()).contains("16 bits");
		BufferedImage rendition = ImageIO
			.read(new ByteArrayInputStream(renditions.find(image.hash(), "320.jpg").orElseThrow().open().readAllBytes()));
		assertThat(rendition.getWidth()).isEqualTo(320);
	}

	@Test
	void cmykJpegsAreConvertedForReaders() throws Exception {
		byte[] cmyk = cmykJpeg(480, 320);

		ImageView image = library.upload(new MediaLibrary.Upload("print.jpg", cmyk), REPORTER).image();

		assertThat(image.width()).isEqualTo(480);
		BufferedImage rendition = ImageIO
			.read(new ByteArrayInputStream(renditions.find(image.hash(), "320.jpg").orElseThrow().open().readAllBytes()));
		assertThat(rendition.getColorModel().getNumComponents()).isEqualTo(3);
	}

	@Test
	void animatedGifsShowTheirFirstFrame() throws Exception {
		byte[] gif = animatedGif();

		ImageView image = library.upload(new MediaLibrary.Upload("loop.gif", gif), REPORTER).image();

		assertThat(image.notes()).contains("first frame");
		BufferedImage rendition = ImageIO
			.read(new ByteArrayInputStream(renditions.find(image.hash(), "200.jpg").orElseThrow().open().readAllBytes()));
		Color first = new Color(rendition.getRGB(100, 50));
		assertThat(first.getRed()).isGreaterThan(200);
	}

	@Test
	void theLibraryFindsImagesByCaptionCreditAndFilename() {
		String word = "Zeltwick" + UUID.randomUUID().toString().substring(0, 6);
		ImageView tagged = library.upload(new MediaLibrary.Upload(word + ".jpg",
				TestPhotos.photo(640, 480, new Captioned("Market day", "Lena Ovar", "Coastline Photo", null), false, 1)),
				REPORTER).image();

		assertThat(library.search(new MediaLibrary.Query(word, false, null, null, 1), LocalDate.now()).images())
			.extracting(ImageView::id).containsExactly(tagged.id());
		assertThat(library.search(new MediaLibrary.Query("lena ovar " + word, false, null, null, 1), LocalDate.now())
			.images()).extracting(ImageView::id).containsExactly(tagged.id());

		library.describe(tagged.id(), tagged.version(), new ImageDetails("Market day", "Lena Ovar", "Coastline Photo",
				null, null, "One use only", LocalDate.now().minusDays(1), null), REPORTER);
		assertThat(library.search(new MediaLibrary.Query(word, true, null, null, 1), LocalDate.now()).images())
			.extracting(ImageView::id).containsExactly(tagged.id());
		assertThat(library.get(tagged.id()).rightsExpired(LocalDate.now())).isTrue();
	}

	@Test
	void aStaleEditIsRefusedAndTheNewerTextKept() {
		ImageView image = library.upload(new MediaLibrary.Upload("s.jpg", TestPhotos.photo(500, 400, null, false, 1)),
				REPORTER).image();
		library.describe(image.id(), image.version(), new ImageDetails("First", null, null, null, null, null, null, null),
				REPORTER);

		assertThatThrownBy(() -> library.describe(image.id(), image.version(),
				new ImageDetails("Second", null, null, null, null, null, null, null), REPORTER))
			.hasMessageContaining("Someone else changed this image");
		assertThat(library.get(image.id()).caption()).isEqualTo("First");
	}

	private void assertRefused(String name, byte[] bytes, String reason) {
		long before = library.search(new MediaLibrary.Query("", false, null, null, 1), LocalDate.now()).total();
		assertThatThrownBy(() -> library.upload(new MediaLibrary.Upload(name, bytes), REPORTER))
			.isInstanceOf(ImageRejectedException.class)
			.hasMessageContaining(reason);
		assertThat(library.search(new MediaLibrary.Query("", false, null, null, 1), LocalDate.now()).total())
			.isEqualTo(before);
	}

	static byte[] pngHeaderOnly(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		byte[] ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
			.put((byte) 0).put((byte) 0).put((byte) 0).array();
		chunk(out, "IHDR", ihdr);
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A four-channel (CMYK) JPEG, as print desks send them. */
	static byte[] cmykJpeg(int width, int height) throws IOException {
		java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
				java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				raster.setPixel(x, y, new int[] { x * 255 / width, 40, y * 255 / height, 10 });
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** A two-frame GIF: red, then blue. */
	static byte[] animatedGif() throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (Color color : List.of(Color.RED, Color.BLUE)) {
				BufferedImage frame = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = frame.createGraphics();
				g.setColor(color);
				g.fillRect(0, 0, 200, 100);
				g.dispose();
				IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
						null);
				String format = metadata.getNativeMetadataFormatName();
				IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
				IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
				control.setAttribute("disposalMethod", "none");
				control.setAttribute("userInputFlag", "FALSE");
				control.setAttribute("transparentColorFlag", "FALSE");
				control.setAttribute("delayTime", "50");
				control.setAttribute("transparentColorIndex", "0");
				root.appendChild(control);
				metadata.setFromTree(format, root);
				writer.writeToSequence(new IIOImage(frame, null, metadata), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
