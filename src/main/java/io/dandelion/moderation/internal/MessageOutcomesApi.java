package io.dandelion.moderation.internal;

import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Moderation: outcomes", description = "What analysis found in a message and what the policy decided, with the reasons.")
class MessageOutcomesApi {

	private final Decisions decisions;
	private final CurrentAccess access;

	MessageOutcomesApi(Decisions decisions, CurrentAccess access) {
		this.decisions = decisions;
		this.access = access;
	}

	record OutcomeJson(UUID message, UUID unit, String platform, String language, double languageConfidence,
			@Nullable String intent, double sentiment, JsonNode labels, JsonNode analysisReasons, JsonNode pii,
			JsonNode matches, JsonNode actions, JsonNode problems, Instant decidedAt) {

		static OutcomeJson of(Decisions.StoredDecision d) {
			return new OutcomeJson(d.message().value(), d.unit().value(), d.platform(), d.language(),
					d.languageConfidence(), d.intent(), d.sentiment(), d.labels(), d.analysisReasons(), d.pii(),
					d.matches(), d.actions(), d.problems(), d.decidedAt());
		}
	}

	@GetMapping("/api/v1/messages/{id}/moderation")
	@Operation(summary = "A message's analysis (language, intent, sentiment, label scores, reasons, personal-data spans) "
			+ "and moderation outcome (matching rules with their reasons, actions); 404 outside the caller's scope "
			+ "or before the message was moderated; agency staff under a masking contract are not shown it")
	OutcomeJson outcome(@PathVariable UUID id) {
		AccessScope scope = access.get();
		return decisions.find(new MessageId(id))
			.filter(d -> scope.can(Permission.CONVERSATIONS_READ, d.unit()))
			.filter(d -> scope.contract().map(c -> c.coversLanguage(d.language()) && c.coversPlatform(d.platform()))
				.orElse(true))
			.filter(d -> !scope.masksPersonalData())
			.map(OutcomeJson::of)
			.orElseThrow(() -> ModerationException.notFound("no moderated message " + id));
	}
}
