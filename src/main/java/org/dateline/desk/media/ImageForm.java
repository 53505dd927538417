package org.dateline.desk.media;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.dateline.media.ImageDetails;
import org.dateline.media.ImageView;
import org.springframework.format.annotation.DateTimeFormat;

/** The image page's metadata form: caption, credit, rights and a default alt text. */
public class ImageForm {

	@Size(max = 2000, message = "Keep the caption to 2,000 characters or fewer.")
	private String caption;

	@Size(max = 200, message = "Keep the photographer's name to 200 characters or fewer.")
	private String photographer;

	@Size(max = 200, message = "Keep the agency's name to 200 characters or fewer.")
	private String agency;

	@Size(max = 300, message = "Keep the copyright to 300 characters or fewer.")
	private String copyright;

	@Size(max = 200, message = "Keep the source to 200 characters or fewer.")
	private String source;

	@Size(max = 1000, message = "Keep the usage terms to 1,000 characters or fewer.")
	private String usageTerms;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate rightsExpireOn;

	@Size(max = 1000, message = "Keep the alt text to 1,000 characters or fewer.")
	private String altText;

	private long version;

	static ImageForm of(ImageView image) {
		ImageForm form = new ImageForm();
		form.caption = image.caption();
		form.photographer = image.photographer();
		form.agency = image.agency();
		form.copyright = image.copyright();
		form.source = image.source();
		form.usageTerms = image.usageTerms();
		form.rightsExpireOn = image.rightsExpireOn();
		form.altText = image.altText();
		form.version = image.version();
		return form;
	}

	ImageDetails toDetails() {
		return new ImageDetails(caption, photographer, agency, copyright, source, usageTerms, rightsExpireOn, altText);
	}

	public String getCaption() {
		return caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

	public String getPhotographer() {
		return photographer;
	}

	public void setPhotographer(String photographer) {
		this.photographer = photographer;
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public String getCopyright() {
		return copyright;
	}

	public void setCopyright(String copyright) {
		this.copyright = copyright;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getUsageTerms() {
		return usageTerms;
	}

	public void setUsageTerms(String usageTerms) {
		this.usageTerms = usageTerms;
	}

	public LocalDate getRightsExpireOn() {
		return rightsExpireOn;
	}

	public void setRightsExpireOn(LocalDate rightsExpireOn) {
		this.rightsExpireOn = rightsExpireOn;
	}

	public String getAltText() {
		return altText;
	}

	public void setAltText(String altText) {
		this.altText = altText;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
