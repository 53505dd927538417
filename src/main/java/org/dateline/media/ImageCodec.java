package org.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPWriteParam;

/**
 * Reading, checking, scaling and writing pictures with Java's ImageIO, TwelveMonkeys' JPEG reader
 * (CMYK and YCCK JPEGs, broken ICC profiles) and libwebp through webp-imageio. Decoding reads the
 * size from the header first, refuses decompression bombs before any pixel is decoded, and
 * subsamples while decoding so that a 24-megapixel photo never sits in memory at full size when
 * only 2048 pixels are needed.
 */
final class ImageCodec {

	/** Pictures over this many pixels are refused before decoding. */
	static final long MAX_PIXELS = 100_000_000L;

	static final float JPEG_QUALITY = 0.82f;

	static final float WEBP_QUALITY = 0.80f;

	static {
		ImageIO.setUseCache(false);
		ImageIO.scanForPlugins();
	}

	private ImageCodec() {
	}

	/** What the header and a small trial decode tell about a file. */
	record Probe(ImageFormat format, int storedWidth, int storedHeight, boolean alpha, boolean animated,
			List<String> notes) {
	}

	/**
	 * Checks that {@code bytes} are a whole, decodable picture the library can take, and returns
	 * its size. Refuses with a reason the uploader can act on.
	 */
	static Probe probe(byte[] bytes) {
		if (ImageFormat.looksLikeSvg(bytes)) {
			throw new ImageRejectedException(
					"SVG files are not accepted: they can carry scripts. Export the picture as PNG or JPEG.");
		}
		ImageFormat format = ImageFormat.sniff(bytes)
			.orElseThrow(() -> new ImageRejectedException(
					"This file is not a picture Dateline can use. Upload a JPEG, PNG, GIF or WebP image."));
		if (!format.isComplete(bytes)) {
			throw new ImageRejectedException(
					"This " + format.name() + " file is cut off before its end. Upload the whole file again.");
		}
		List<String> notes = new ArrayList<>();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = readerFor(in, format);
			try {
				reader.setInput(in, false, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					throw new ImageRejectedException("This picture says it has no pixels.");
				}
				if ((long) width * height > MAX_PIXELS) {
					throw new ImageRejectedException("This picture is " + megapixels(width, height)
							+ " megapixels; the library takes up to " + MAX_PIXELS / 1_000_000 + ".");
				}
				boolean animated = false;
				if (format == ImageFormat.GIF) {
					animated = reader.getNumImages(true) > 1;
					if (animated) {
						notes.add("Animated GIF: readers see its first frame.");
					}
				}
				List<String> warnings = new ArrayList<>();
				reader.addIIOReadWarningListener(warningsInto(warnings));
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / 256);
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage trial = reader.read(0, param);
				if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
					throw new ImageRejectedException(
							"This " + format.name() + " file is cut off before its end. Upload the whole file again.");
				}
				boolean alpha = trial.getColorModel().hasAlpha();
				if (trial.getColorModel().getComponentSize(0) > 8) {
					notes.add("16 bits per channel: renditions use 8.");
				}
				if (trial.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_CMYK
						|| format == ImageFormat.JPEG && isCmyk(reader)) {
					notes.add("CMYK: converted to RGB for readers.");
				}
				return new Probe(format, width, height, alpha, animated, notes);
			}
			finally {
				reader.dispose();
			}
		}
		catch (ImageRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImageRejectedException("This " + format.name()
					+ " file is damaged and cannot be read. Export it again from the original.");
		}
		catch (OutOfMemoryError ex) {
			throw new ImageRejectedException("This picture is too large to process.");
		}
	}

	/**
	 * Decodes the picture upright (EXIF orientation applied), subsampled as far as possible while
	 * staying at least {@code neededWidth} pixels wide (as shown), in RGB, or ARGB when it has
	 * transparency.
	 */
	static BufferedImage decode(byte[] bytes, int orientation, int neededWidth) {
		ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new ImageRejectedException("Not a picture."));
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = readerFor(in, format);
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new ImageRejectedException("Too many pixels.");
				}
				int shownWidth = orientation >= 5 ? height : width;
				int step = Math.max(1, shownWidth / Math.max(1, neededWidth));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage raw = reader.read(0, param);
				return orient(normalize(raw), orientation);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Scales to exactly {@code width} x {@code height} in steps of at most half, for sharp results. */
	static BufferedImage scale(BufferedImage source, int width, int height) {
		BufferedImage current = source;
		while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
			current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
		}
		if (current.getWidth() == width && current.getHeight() == height) {
			return current;
		}
		return draw(current, width, height);
	}

	static byte[] encode(BufferedImage image, Rendition.Format format) {
		return format == Rendition.Format.WEBP ? webp(image) : jpeg(image);
	}

	static byte[] jpeg(BufferedImage image) {
		BufferedImage rgb = image.getColorModel().hasAlpha() ? flatten(image) : image;
		ImageWriter writer = writer("image/jpeg");
		try {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
			return write(writer, rgb, param);
		}
		finally {
			writer.dispose();
		}
	}

	static byte[] webp(BufferedImage image) {
		ImageWriter writer = writer("image/webp");
		try {
			WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType(CompressionType.Lossy);
			param.setCompressionQuality(WEBP_QUALITY);
			param.setMethod(2);
			return write(writer, image, param);
		}
		finally {
			writer.dispose();
		}
	}

	/** The picture on white, without transparency, as JPEG needs it. */
	static BufferedImage flatten(BufferedImage image) {
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static ImageWriter writer(String mediaType) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mediaType);
		if (!writers.hasNext()) {
			throw new IllegalStateException("No ImageIO writer for " + mediaType);
		}
		return writers.next();
	}

	private static ImageReader readerFor(ImageInputStream in, ImageFormat format) throws IOException {
		ImageReader fallback = null;
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			// TwelveMonkeys' reader copes with CMYK JPEGs and broken colour profiles; prefer it.
			if (format != ImageFormat.JPEG || reader.getClass().getName().contains("twelvemonkeys")) {
				return reader;
			}
			if (fallback == null) {
				fallback = reader;
			}
		}
		if (fallback == null) {
			throw new IOException("No reader for " + format);
		}
		return fallback;
	}

	private static boolean isCmyk(ImageReader reader) {
		try {
			Iterator<javax.imageio.ImageTypeSpecifier> types = reader.getImageTypes(0);
			return types.hasNext() && types.next().getColorModel().getColorSpace()
				.getType() == java.awt.color.ColorSpace.TYPE_CMYK;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** Any decoded picture (16-bit, grey, indexed, CMYK converted) as 8-bit RGB or ARGB. */
	private static BufferedImage normalize(BufferedImage raw) {
		boolean alpha = raw.getColorModel().hasAlpha();
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		if (raw.getType() == type) {
			return raw;
		}
		BufferedImage out = new BufferedImage(raw.getWidth(), raw.getHeight(), type);
		Graphics2D g = out.createGraphics();
		try {
			g.drawImage(raw, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	/** Turns the stored pixels upright according to the EXIF orientation (1 to 8). */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
		Graphics2D g = out.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, source.getType() == BufferedImage.TYPE_INT_ARGB
				? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static IIOReadWarningListener warningsInto(List<String> warnings) {
		return (source, warning) -> warnings.add(warning);
	}

	private static String megapixels(int width, int height) {
		return String.valueOf(Math.round((double) width * height / 1_000_000));
	}

}
