package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelLendingChanged;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.routing.FallbackChain;
import io.dandelion.routing.RoutingDecision;
import io.dandelion.routing.RoutingRequest;
import io.dandelion.routing.RoutingTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the work already waiting follow account lending. When an account is lent, its conversations that
 * the chain had placed go to the borrowing team's queue, and those held by someone outside that team go
 * back to it; when the account is handed back, what went to the borrower is routed afresh. Moves made by
 * people (hand-offs, escalations) and by policy rules are left where they are. Runs when the channels module
 * says an account was lent or handed back, and every 30 s as a safety net.
 */
@Component
class LentAccounts {

	private static final Set<String> CHAIN_STEPS = Set.of("COUNTRY_HELPERS", "AGENCY", "HUB", "TRIAGE", "LENT_CHANNEL");

	private final Loans loans;
	private final WorkItems items;
	private final OrganisationDirectory organisation;
	private final ItemScopes scopes;
	private final MemberDirectory members;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	LentAccounts(Loans loans, WorkItems items, OrganisationDirectory organisation, ItemScopes scopes,
			MemberDirectory members, AuditLog audit,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.loans = loans;
		this.items = items;
		this.organisation = organisation;
		this.scopes = scopes;
		this.members = members;
		this.audit = audit;
	}

	/** As soon as an account is lent or handed back (after the change committed, on the node that made it). */
	@ApplicationModuleListener
	void on(ChannelLendingChanged changed) {
		follow();
	}

	/**
	 * And every 30 s on every node, as a safety net: for a change whose event did not arrive (a node stopped
	 * between the commit and the move) and for work routed while the move ran.
	 */
	@Scheduled(fixedDelayString = "${dandelion.routing.follow-loans-every:PT30S}",
			initialDelayString = "${dandelion.routing.follow-loans-every:PT30S}")
	void scheduled() {
		// through the template: a call from within the bean would not pass its transactional proxy
		transactions.executeWithoutResult(status -> follow());
	}

	/** Moves what the lending (or handing back) of accounts changed; returns how many conversations moved. */
	@Transactional
	public int follow() {
		Map<UUID, Loans.Loan> lent = loans.current();
		Map<UUID, RoutingTarget> borrowers = organisation.borrowers(lent);
		List<WorkItems.Routed> candidates = items.routedWithLoans(borrowers.keySet());
		if (candidates.isEmpty()) {
			return 0;
		}
		FallbackChain chain = new FallbackChain(organisation.forBatch());
		Placement placement = organisation.placement();
		Map<MemberId, ItemScope> holders = new HashMap<>();
		int moved = 0;
		for (WorkItems.Routed routed : candidates) {
			WorkItem item = routed.item();
			boolean holderMayStay = item.assignee() != null && holders
				.computeIfAbsent(item.assignee(),
						m -> scopes.of(members.scopeOf(m), Permission.CONVERSATIONS_WORK, lent.values()))
				.covers(item);
			RoutingTarget borrower = borrowers.get(item.channel());
			RoutingDecision decision;
			if (borrower != null) {
				boolean chainPlaced = CHAIN_STEPS.contains(routed.step());
				boolean placedElsewhere = chainPlaced && !routed.team().equals(borrower.team());
				boolean heldByOutsider = chainPlaced && item.assignee() != null && !holderMayStay;
				if (!placedElsewhere && !heldByOutsider) {
					continue;
				}
				decision = chain.route(request(item, borrower));
			}
			else if (routed.step().equals("LENT_CHANNEL")) {
				RoutingDecision fresh = chain.route(request(item, null));
				decision = new RoutingDecision(fresh.target(), fresh.step(),
						"the account was handed back; " + fresh.reason());
			}
			else {
				continue;
			}
			move(item, decision, placement, holderMayStay);
			moved++;
		}
		return moved;
	}

	/** Puts the item into the decision's queue; a holder who may still work it keeps it. */
	private void move(WorkItem item, RoutingDecision decision, Placement placement, boolean holderMayStay) {
		Queue queue = placement.place(decision, item.unit(), item.language(), item.channel(), item.intent(),
				item.priority());
		if (holderMayStay) {
			items.moveHeld(item.conversation(), queue.id());
		}
		else {
			if (item.assignee() != null) {
				items.endAssignments(List.of(item.conversation()), "RETURNED");
			}
			items.requeue(item.conversation(), queue.id());
		}
		items.recordMove(item.conversation(), queue.id(), decision.step().name(), decision.reason(), "system");
		Map<String, Object> before = new HashMap<>();
		before.put("queue", item.queue().toString());
		if (item.assignee() != null && !holderMayStay) {
			before.put("agent", item.assignee().toString());
		}
		audit.record(new AuditEntry("system", "routing.rerouted", item.unit(), "conversation",
				item.conversation().toString(), before, Map.of("queue", queue.id().toString(), "step",
						decision.step().name(), "reason", decision.reason())));
	}

	private static RoutingRequest request(WorkItem item, @Nullable RoutingTarget lentTo) {
		return new RoutingRequest(item.unit(), item.language(), item.platform(), item.intent(), null, lentTo);
	}
}
