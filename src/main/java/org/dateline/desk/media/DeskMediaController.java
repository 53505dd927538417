package org.dateline.desk.media;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.dateline.account.DeskUser;
import org.dateline.article.ArticleImages;
import org.dateline.article.ArticleImages.StoryUse;
import org.dateline.desk.CurrentUser;
import org.dateline.desk.Outcome;
import org.dateline.media.Crop;
import org.dateline.media.ImageRejectedException;
import org.dateline.media.ImageView;
import org.dateline.media.MediaLibrary;
import org.dateline.media.Rendition;
import org.dateline.shared.DatelineProperties;
import org.dateline.shared.DomainException;
import org.dateline.subject.SubjectImages;
import org.dateline.subject.SubjectImages.SubjectUse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The photo desk at {@code /desk/media}: upload (one file a request from the page's script, with
 * a progress bar each, or several at once from a plain form), the searchable library, one
 * image's metadata, focal point and uses, and the picker the story editor opens.
 */
@Controller
class DeskMediaController {

	private final MediaLibrary library;

	private final ArticleImages storyImages;

	private final SubjectImages subjectImages;

	private final Clock clock;

	private final DatelineProperties properties;

	DeskMediaController(MediaLibrary library, ArticleImages storyImages, SubjectImages subjectImages, Clock clock,
			DatelineProperties properties) {
		this.library = library;
		this.storyImages = storyImages;
		this.subjectImages = subjectImages;
		this.clock = clock;
		this.properties = properties;
	}

	@ModelAttribute("maxUploadMegabytes")
	long maxUploadMegabytes() {
		return properties.media().maxUploadSize().toMegabytes();
	}

	@GetMapping("/desk/media")
	String library(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String used,
			@RequestParam(defaultValue = "false") boolean expired, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Set<Long> inStories = used.isEmpty() ? null : imagesInStories();
		MediaLibrary.Query query = new MediaLibrary.Query(q, expired, "yes".equals(used) ? inStories : null,
				"no".equals(used) ? inStories : null, page);
		MediaLibrary.Page results = library.search(query, today());
		model.addAttribute("results", results);
		model.addAttribute("q", q);
		model.addAttribute("used", used);
		model.addAttribute("expired", expired);
		model.addAttribute("today", today());
		return "desk/media/library";
	}

	/** One upload from the page's script: JSON back, the image or the reason it was refused. */
	@PostMapping(value = "/desk/media", headers = "Accept=application/json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> uploadOne(@RequestParam(name = "file", required = false) MultipartFile file,
			@CurrentUser DeskUser user) {
		if (file == null || file.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("error", "Choose a picture to upload."));
		}
		try {
			MediaLibrary.Uploaded uploaded = library.upload(new MediaLibrary.Upload(file.getOriginalFilename(),
					file.getBytes()), user.toActor());
			Map<String, Object> body = pickerEntry(uploaded.image());
			body.put("alreadyInLibrary", uploaded.alreadyInLibrary());
			return ResponseEntity.ok(body);
		}
		catch (DomainException ex) {
			return ResponseEntity.unprocessableContent().body(Map.of("error", ex.getMessage(), "file",
					String.valueOf(file.getOriginalFilename())));
		}
		catch (IOException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", "The upload did not arrive whole. Try again."));
		}
	}

	/** Several uploads from the plain form, for browsers without script. */
	@PostMapping("/desk/media")
	String upload(@RequestParam(name = "file", required = false) List<MultipartFile> files, @CurrentUser DeskUser user,
			RedirectAttributes redirect) {
		List<String> refused = new ArrayList<>();
		int taken = 0;
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				library.upload(new MediaLibrary.Upload(file.getOriginalFilename(), file.getBytes()), user.toActor());
				taken++;
			}
			catch (ImageRejectedException ex) {
				refused.add(file.getOriginalFilename() + ": " + ex.getMessage());
			}
			catch (IOException ex) {
				refused.add(file.getOriginalFilename() + ": the upload did not arrive whole.");
			}
		}
		if (taken == 0 && refused.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose one or more pictures to upload.");
		}
		else {
			if (taken > 0) {
				redirect.addFlashAttribute("message", taken == 1 ? "1 picture added to the library."
						: taken + " pictures added to the library.");
			}
			if (!refused.isEmpty()) {
				redirect.addFlashAttribute("error", String.join(" ", refused));
			}
		}
		return "redirect:/desk/media";
	}

	/** The story editor's picker: library images matching {@code q}, as JSON. */
	@GetMapping(value = "/desk/media/picker", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> picker(@RequestParam(defaultValue = "") String q) {
		MediaLibrary.Page page = library.search(new MediaLibrary.Query(q, false, null, null, 1), today());
		List<Map<String, Object>> images = new ArrayList<>();
		for (ImageView image : page.images()) {
			images.add(pickerEntry(image));
		}
		return Map.of("images", images);
	}

	@GetMapping("/desk/media/{id}")
	String show(@PathVariable long id, Model model) {
		ImageView image = library.get(id);
		if (!model.containsAttribute("imageForm")) {
			model.addAttribute("imageForm", ImageForm.of(image));
		}
		return showPage(image, model);
	}

	@PostMapping("/desk/media/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("imageForm") ImageForm form, BindingResult errors,
			@CurrentUser DeskUser user, Model model, RedirectAttributes redirect) {
		ImageView image = library.get(id);
		if (errors.hasErrors()) {
			return showPage(image, model);
		}
		try {
			library.describe(id, form.getVersion(), form.toDetails(), user.toActor());
		}
		catch (DomainException ex) {
			errors.reject("image", ex.getMessage());
			return showPage(image, model);
		}
		redirect.addFlashAttribute("message", "Image saved.");
		return "redirect:/desk/media/" + id;
	}

	@PostMapping("/desk/media/{id}/focal-point")
	String focalPoint(@PathVariable long id, @RequestParam(defaultValue = "50") double x,
			@RequestParam(defaultValue = "50") double y, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		library.get(id);
		Outcome.flash(redirect, "Focal point set: crops now keep that spot in frame.",
				() -> library.focusOn(id, x / 100.0, y / 100.0, user.toActor()));
		return "redirect:/desk/media/" + id;
	}

	@PostMapping("/desk/media/{id}/delete")
	String delete(@PathVariable long id, @CurrentUser DeskUser user, RedirectAttributes redirect) {
		ImageView image = library.get(id);
		List<StoryUse> stories = storyImages.usesOf(id, image.hash());
		List<SubjectUse> subjects = subjectImages.usesOf(id);
		if (!stories.isEmpty() || !subjects.isEmpty()) {
			redirect.addFlashAttribute("error", "This image is in use (" + describeUses(stories, subjects)
					+ "), so it cannot be deleted. Remove it from those first.");
			return "redirect:/desk/media/" + id;
		}
		try {
			library.delete(id, user.toActor());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/desk/media/" + id;
		}
		redirect.addFlashAttribute("message", "Image deleted.");
		return "redirect:/desk/media";
	}

	private String showPage(ImageView image, Model model) {
		model.addAttribute("image", image);
		model.addAttribute("stories", storyImages.usesOf(image.id(), image.hash()));
		model.addAttribute("subjects", subjectImages.usesOf(image.id()));
		model.addAttribute("expired", image.rightsExpired(today()));
		model.addAttribute("crops", List.of(Crop.WIDE, Crop.STANDARD, Crop.SQUARE));
		model.addAttribute("made", library.renditionsMade(image.id()));
		return "desk/media/show";
	}

	private Set<Long> imagesInStories() {
		Set<Long> ids = new HashSet<>(storyImages.leadImageIds());
		Set<String> hashes = storyImages.bodyImageHashes();
		library.byHashes(hashes).values().forEach(image -> ids.add(image.id()));
		return ids;
	}

	private Map<String, Object> pickerEntry(ImageView image) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", image.id());
		entry.put("page", "/desk/media/" + image.id());
		entry.put("thumb", image.src(null, 320, Rendition.Format.JPEG));
		entry.put("square", image.src(Crop.SQUARE, 320, Rendition.Format.JPEG));
		entry.put("src", image.src(null, 960, Rendition.Format.JPEG));
		entry.put("width", image.rendition(null, 960, Rendition.Format.JPEG).width());
		entry.put("height", image.rendition(null, 960, Rendition.Format.JPEG).height());
		entry.put("caption", image.caption() == null ? "" : image.caption());
		entry.put("credit", image.credit());
		entry.put("altText", image.altText() == null ? "" : image.altText());
		entry.put("filename", image.filename());
		entry.put("rightsExpired", image.rightsExpired(today()));
		return entry;
	}

	private static String describeUses(List<StoryUse> stories, List<SubjectUse> subjects) {
		List<String> parts = new ArrayList<>();
		if (!stories.isEmpty()) {
			parts.add(stories.size() == 1 ? "1 story" : stories.size() + " stories");
		}
		if (!subjects.isEmpty()) {
			parts.add(subjects.size() == 1 ? "1 person or organization" : subjects.size() + " people or organizations");
		}
		return String.join(" and ", parts);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("application/json");
	}

	static ResponseEntity<Map<String, Object>> jsonError(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
