package io.dandelion.audit;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail over REST: browsing within the caller's units, and verification of the chain by hub admins. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

	private final AuditTrail trail;
	private final CurrentAccess access;
	private final JsonMapper json;

	AuditApi(AuditTrail trail, CurrentAccess access, JsonMapper json) {
		this.trail = trail;
		this.access = access;
		this.json = json;
	}

	/**
	 * Entries the caller may see, newest first, filtered by actor, action, unit (with its subtree), subject and
	 * time ({@code from} inclusive, {@code to} exclusive, ISO-8601 instants); continue with {@code before=next}.
	 */
	@GetMapping
	PageJson list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String subjectType,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Long before, @RequestParam(defaultValue = "50") int limit) {
		var filter = new AuditFilter(actor, action, blank(unit) ? null : UnitId.of(unit.trim()), subjectType, subjectId,
				instant("from", from), instant("to", to), before, limit);
		List<ChainedEntry> entries = trail.page(access.get(), filter);
		Long next = entries.size() == limit ? entries.get(entries.size() - 1).sequence() : null;
		return new PageJson(entries.stream().map(this::entry).toList(), next);
	}

	/** Walks the whole chain and names the first broken link; hub admins only. */
	@GetMapping("/verify")
	VerificationJson verify() {
		if (!access.get().isHubAdmin()) {
			throw new AuditTrail.NotAllowedException("only hub admins verify the whole audit trail");
		}
		ChainReport report = trail.verify();
		return new VerificationJson(report.isIntact(), report.entriesChecked(), report.brokenAt(), report.reason());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	static @Nullable Instant instant(String name, @Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Instant.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, not "
					+ text, e);
		}
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private EntryJson entry(ChainedEntry e) {
		return new EntryJson(e.sequence(), e.recordedAt(), e.actor(), e.action(),
				e.unit() == null ? null : e.unit().toString(), e.subjectType(), e.subjectId(), tree(e.before()),
				tree(e.after()), e.previousHash(), e.hash());
	}

	private @Nullable JsonNode tree(@Nullable String text) {
		return text == null ? null : json.readTree(text);
	}

	record PageJson(List<EntryJson> entries, @Nullable Long next) {
	}

	record EntryJson(long sequence, Instant recordedAt, String actor, String action, @Nullable String unit,
			String subjectType, String subjectId, @Nullable JsonNode before, @Nullable JsonNode after,
			String previousHash, String hash) {
	}

	record VerificationJson(boolean intact, long entriesChecked, @Nullable Long brokenAt, @Nullable String reason) {
	}
}
