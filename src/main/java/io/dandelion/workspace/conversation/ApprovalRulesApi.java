package io.dandelion.workspace.conversation;

import io.dandelion.organisation.CurrentAccess;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Which replies need a reviewer's approval, as the hub sets it, over REST. */
@RestController
@RequestMapping("/api/v1/workspace/approval-rules")
class ApprovalRulesApi {

	private final ApprovalRules rules;
	private final CurrentAccess access;

	ApprovalRulesApi(ApprovalRules rules, CurrentAccess access) {
		this.rules = rules;
		this.access = access;
	}

	/** Every rule in force, oldest first (anyone signed in may know which of their replies will wait). */
	@GetMapping
	List<RuleJson> list() {
		return rules.all().stream().map(RuleJson::of).toList();
	}

	/** Adds a rule (hub admins only). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RuleJson add(@RequestBody RuleJson rule) {
		return RuleJson.of(rules.add(access.get(), rule.name(), rule.senders(), rule.accounts(), rule.unit()));
	}

	/** Changes a rule's name, senders or accounts (hub admins only). */
	@PutMapping("/{id}")
	RuleJson update(@PathVariable UUID id, @RequestBody RuleJson rule) {
		return RuleJson.of(rules.update(access.get(), id, rule.name(), rule.senders(), rule.accounts(), rule.unit()));
	}

	/** Removes a rule (hub admins only). */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID id) {
		rules.remove(access.get(), id);
	}

	record RuleJson(@Nullable String id, @Nullable String name, @Nullable String senders, @Nullable String accounts,
			@Nullable String unit, @Nullable String createdBy, @Nullable Instant createdAt) {

		static RuleJson of(ApprovalRule rule) {
			return new RuleJson(rule.id().toString(), rule.name(), rule.senders().name().toLowerCase(),
					rule.accounts().name().toLowerCase(), rule.unit() == null ? null : rule.unit().toString(),
					rule.createdBy(), rule.createdAt());
		}
	}
}
