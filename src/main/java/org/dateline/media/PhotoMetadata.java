package org.dateline.media;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;

/**
 * What a photo file says about itself, read from IPTC, XMP and EXIF (metadata-extractor): the
 * caption, the photographer and agency, copyright, source, usage terms, when it was taken, its
 * orientation, and whether it carries a GPS location. IPTC wins over XMP, and XMP over EXIF, as
 * agencies fill IPTC first.
 */
record PhotoMetadata(String caption, String photographer, String agency, String copyright, String source,
		String usageTerms, LocalDateTime capturedAt, int orientation, boolean hasLocation) {

	static final PhotoMetadata NONE = new PhotoMetadata(null, null, null, null, null, null, null, 1, false);

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	static PhotoMetadata read(byte[] bytes) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
		}
		catch (Exception ex) {
			// A file without readable metadata is still a picture; the desk fills the fields in.
			return NONE;
		}
		IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
		XmpDirectory xmpDirectory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
		Map<String, String> xmp = xmpDirectory == null ? Map.of() : xmpDirectory.getXmpProperties();
		ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
		GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);

		String caption = first(string(iptc, IptcDirectory.TAG_CAPTION), xmp.get("dc:description[1]"),
				string(ifd0, ExifIFD0Directory.TAG_IMAGE_DESCRIPTION));
		String photographer = first(string(iptc, IptcDirectory.TAG_BY_LINE), xmp.get("dc:creator[1]"),
				string(ifd0, ExifIFD0Directory.TAG_ARTIST));
		String agency = first(string(iptc, IptcDirectory.TAG_CREDIT), xmp.get("photoshop:Credit"));
		String copyright = first(string(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE), xmp.get("dc:rights[1]"),
				string(ifd0, ExifIFD0Directory.TAG_COPYRIGHT));
		String source = first(string(iptc, IptcDirectory.TAG_SOURCE), xmp.get("photoshop:Source"));
		String usage = first(xmp.get("xmpRights:UsageTerms[1]"), string(iptc, IptcDirectory.TAG_SPECIAL_INSTRUCTIONS));
		LocalDateTime captured = exifTime(string(exif, ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
		if (captured == null) {
			captured = iptcDate(string(iptc, IptcDirectory.TAG_DATE_CREATED));
		}
		Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
		boolean location = gps != null && (gps.getGeoLocation() != null
				|| gps.containsTag(GpsDirectory.TAG_LATITUDE) || gps.containsTag(GpsDirectory.TAG_LONGITUDE));
		return new PhotoMetadata(clip(caption, 2000), clip(photographer, 200), clip(agency, 200),
				clip(copyright, 300), clip(source, 200), clip(usage, 1000), captured,
				orientation == null || orientation < 1 || orientation > 8 ? 1 : orientation, location);
	}

	private static String string(Directory directory, int tag) {
		if (directory == null || !directory.containsTag(tag)) {
			return null;
		}
		String value = directory.getString(tag);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static LocalDateTime exifTime(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value, EXIF_TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalDateTime iptcDate(String value) {
		if (value == null || value.length() < 8) {
			return null;
		}
		try {
			return LocalDate.parse(value.replace(":", "").replace("-", "").substring(0, 8),
					DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
