package org.dateline.desk.account;

import java.time.LocalDate;

import org.dateline.account.AuditEvent;
import org.dateline.account.AuditLog;
import org.dateline.shared.DatelineProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for admins: filter by person, action and dates, 50 lines a page. */
@Controller
class DeskAuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;

	private final DatelineProperties properties;

	DeskAuditController(AuditLog auditLog, DatelineProperties properties) {
		this.auditLog = auditLog;
		this.properties = properties;
	}

	@GetMapping("/desk/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "1") int page, Model model) {
		int pageNumber = Math.min(Math.max(page, 1), 100_000);
		// the database keeps years 1 to 9999; a date outside them filters nothing
		from = from != null && (from.getYear() < 1 || from.getYear() > 9999) ? null : from;
		until = until != null && (until.getYear() < 1 || until.getYear() > 9998) ? null : until;
		Page<AuditEvent> events = auditLog.search(actor, action,
				from == null ? null : from.atStartOfDay(properties.zone()).toInstant(),
				until == null ? null : until.plusDays(1).atStartOfDay(properties.zone()).toInstant(),
				PageRequest.of(pageNumber - 1, PAGE_SIZE));
		model.addAttribute("events", events);
		model.addAttribute("page", pageNumber);
		model.addAttribute("actions", auditLog.actions());
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("until", until);
		return "desk/audit/list";
	}

}
