package io.dandelion.workspace.conversation;

import io.dandelion.organisation.UnitSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The approval-rules page: each rule with its unit's name, the units a hub admin may pick, and a refusal to show. */
public record ApprovalRulesView(List<Row> rules, List<UnitSummary> units, boolean hub, @Nullable String error) {

	public ApprovalRulesView {
		rules = List.copyOf(rules);
		units = List.copyOf(units);
	}

	/** One rule as shown: senders and accounts as their names ({@code AGENCY}, {@code SUBTREE}). */
	public record Row(UUID id, String name, String senders, String accounts, @Nullable UUID unit, String unitName,
			String createdBy, Instant createdAt) {
	}

	/** Every kind of sender a rule may name. */
	public List<String> senderKinds() {
		return java.util.Arrays.stream(ApprovalRule.Senders.values()).map(Enum::name).toList();
	}

	/** Every kind of accounts a rule may cover. */
	public List<String> accountKinds() {
		return java.util.Arrays.stream(ApprovalRule.Accounts.values()).map(Enum::name).toList();
	}
}
