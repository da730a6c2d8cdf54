package io.dandelion.analytics;

import io.dandelion.conversations.ConversationStatusChanged;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.organisation.Agencies;
import io.dandelion.organisation.ContractSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsReturned;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.OwnershipChanged;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaWarned;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * Records what happens to conversations after the pipeline: routing (team, agent, SLA warnings and
 * breaches), people moving them between open, pending and resolved, and moderation's actions; each
 * event in one transaction, serialised with the batches (see {@link RollUps}).
 */
@Component
class WorkRecords {

	private final JdbcClient jdbc;
	private final WorkLedger work;
	private final ConversationTimes times;
	private final ModerationTally moderation;
	private final Teams teams;
	private final Agencies agencies;
	private final OperationsMetrics metrics;
	private final WorkVolumes volumes;

	WorkRecords(JdbcClient jdbc, WorkLedger work, ConversationTimes times, ModerationTally moderation, Teams teams,
			Agencies agencies, OperationsMetrics metrics, WorkVolumes volumes) {
		this.metrics = metrics;
		this.volumes = volumes;
		this.jdbc = jdbc;
		this.work = work;
		this.times = times;
		this.moderation = moderation;
		this.teams = teams;
		this.agencies = agencies;
	}

	@Transactional
	void record(ConversationsRouted routed) {
		RollUps.serialise(jdbc);
		Map<UUID, UUID[]> teamAndAgency = new LinkedHashMap<>();
		routed.conversations().forEach(c -> {
			UUID agency = teams.contractOf(c.team())
				.flatMap(agencies::contract)
				.map(ContractSummary::agency)
				.map(a -> a.value())
				.orElse(Work.NONE);
			work.routed(c.conversation().value(), c.team().value(), agency);
			teamAndAgency.put(c.conversation().value(), new UUID[] { c.team().value(), agency });
		});
		volumes.routed(teamAndAgency);
	}

	@Transactional
	void record(ConversationsAssigned assigned) {
		RollUps.serialise(jdbc);
		List<UUID> conversations = assigned.assignments().stream().map(a -> a.conversation().value()).toList();
		List<UUID> agents = assigned.assignments().stream().map(a -> a.agent().value()).toList();
		work.heldBy(conversations, agents);
		volumes.taken(conversations, agents);
	}

	@Transactional
	void record(OwnershipChanged changed) {
		RollUps.serialise(jdbc);
		List<UUID> agent = List.of(changed.to() == null ? Work.NONE : changed.to().value());
		work.heldBy(List.of(changed.conversation().value()), agent);
		volumes.taken(List.of(changed.conversation().value()), agent);
	}

	@Transactional
	void record(ConversationsReturned returned) {
		RollUps.serialise(jdbc);
		work.heldBy(returned.conversations().stream().map(r -> r.conversation().value()).toList(),
				returned.conversations().stream().map(r -> Work.NONE).toList());
	}

	@Transactional
	void record(SlaWarned warned) {
		deadlines(warned.timers(), false);
	}

	@Transactional
	void record(SlaBreached breached) {
		deadlines(breached.timers(), true);
	}

	@Transactional
	void record(ConversationStatusChanged changed) {
		RollUps.serialise(jdbc);
		times.statusChanged(changed.conversation().value(), changed.to().name(), changed.at());
	}

	@Transactional
	void record(ModerationActionsTaken taken) {
		RollUps.serialise(jdbc);
		moderation.record(taken.actions());
	}

	private void deadlines(List<SlaDeadline> timers, boolean breached) {
		RollUps.serialise(jdbc);
		metrics.sla(breached ? "breaches" : "warnings", timers);
		timers.forEach(t -> work.deadline(t.conversation().value(), t.kind().name(), t.dueAt(), breached));
	}
}
