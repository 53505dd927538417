package org.dateline.desk.article;

import org.dateline.article.section.SectionService;
import org.dateline.desk.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors manage sections: add one, rename one, change the order. */
@Controller
class DeskSectionController {

	private final SectionService sections;

	DeskSectionController(SectionService sections) {
		this.sections = sections;
	}

	@GetMapping("/desk/sections")
	String list(Model model) {
		model.addAttribute("sections", sections.all());
		return "desk/sections/list";
	}

	@PostMapping("/desk/sections")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "0") int position, RedirectAttributes redirect) {
		Outcome.flash(redirect, "Section added.", () -> sections.create(name, slug, position));
		return "redirect:/desk/sections";
	}

	@PostMapping("/desk/sections/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "0") int position, RedirectAttributes redirect) {
		Outcome.flash(redirect, "Section saved.", () -> sections.update(id, name, position));
		return "redirect:/desk/sections";
	}

}
