package org.dateline.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Photos made by the tests themselves: a drawn scene saved as JPEG, with an EXIF block (GPS
 * position, orientation) and an IPTC block (caption, photographer, credit, copyright) written
 * byte by byte into the file, as a camera and an agency's software would.
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	/** A drawn scene: sky, sea, a boat, so that scaling and cropping have something to show. */
	public static BufferedImage scene(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(90, 150, 220), 0, height / 2f, new Color(200, 225, 250)));
		g.fillRect(0, 0, width, height / 2);
		g.setPaint(new GradientPaint(0, height / 2f, new Color(20, 70, 120), 0, height, new Color(10, 40, 70)));
		g.fillRect(0, height / 2, width, height - height / 2);
		g.setColor(new Color(180, 40, 30));
		g.fillRect(width / 5, height / 2 - height / 12, width / 4, height / 12);
		g.setColor(Color.WHITE);
		g.fillOval(width * 3 / 4, height / 10, width / 10, width / 10);
		g.dispose();
		return image;
	}

	public static byte[] jpeg(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "jpeg", out)) {
				throw new IllegalStateException("no JPEG writer");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** What to write into a photo's metadata. */
	public record Captioned(String caption, String photographer, String credit, String copyright) {
	}

	/**
	 * A JPEG of a drawn scene with IPTC {@code iptc} (when not null), and EXIF carrying
	 * {@code orientation} and, when {@code gps} is true, a GPS position.
	 */
	public static byte[] photo(int width, int height, Captioned iptc, boolean gps, int orientation) {
		byte[] jpeg = jpeg(scene(width, height));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		byte[] exif = exif(orientation, gps);
		segment(out, 0xE1, exif);
		if (iptc != null) {
			segment(out, 0xED, photoshop(iptc));
		}
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** The GPS marker the EXIF block carries, to look for in renditions. */
	public static final String GPS_MARKER = "GPS";

	private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
		out.write(0xFF);
		out.write(marker);
		int length = data.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(data, 0, data.length);
	}

	private static byte[] exif(int orientation, boolean gps) {
		ByteBuffer b = ByteBuffer.allocate(6 + 152);
		b.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		int base = b.position();
		b.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		// IFD0: orientation and (optionally) the GPS IFD pointer
		b.putShort((short) (gps ? 2 : 1));
		b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		if (gps) {
			b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		}
		else {
			b.put(new byte[12]);
		}
		b.putInt(0);
		if (gps) {
			b.position(base + 38);
			b.putShort((short) 5);
			b.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[] { 2, 3, 0, 0 });
			b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
			b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(104);
			b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
			b.putShort((short) 0x0004).putShort((short) 5).putInt(3).putInt(128);
			b.putInt(0);
			b.position(base + 104);
			b.putInt(59).putInt(1).putInt(54).putInt(1).putInt(3120).putInt(100);
			b.putInt(10).putInt(1).putInt(45).putInt(1).putInt(1530).putInt(100);
		}
		return b.array();
	}

	private static byte[] photoshop(Captioned iptc) {
		ByteArrayOutputStream records = new ByteArrayOutputStream();
		dataset(records, 1, 90, new byte[] { 0x1B, 0x25, 0x47 });
		dataset(records, 2, 0, new byte[] { 0, 4 });
		text(records, 120, iptc.caption());
		text(records, 80, iptc.photographer());
		text(records, 110, iptc.credit());
		text(records, 116, iptc.copyright());
		byte[] data = records.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes("8BIM".getBytes(StandardCharsets.ISO_8859_1));
		out.write(0x04);
		out.write(0x04);
		out.write(0);
		out.write(0);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
		return out.toByteArray();
	}

	private static void text(ByteArrayOutputStream out, int dataset, String value) {
		if (value != null) {
			dataset(out, 2, dataset, value.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void dataset(ByteArrayOutputStream out, int record, int dataset, byte[] value) {
		out.write(0x1C);
		out.write(record);
		out.write(dataset);
		out.write(value.length >> 8);
		out.write(value.length & 0xFF);
		out.writeBytes(value);
	}

}
