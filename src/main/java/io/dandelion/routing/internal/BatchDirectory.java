package io.dandelion.routing.internal;

import io.dandelion.organisation.Languages;
import io.dandelion.organisation.TeamKind;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.routing.RoutingDirectory;
import io.dandelion.routing.RoutingTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing directory over the organisation for one batch, answers memoised: the care-helper teams
 * of the conversation's unit (and of the units above it up to its country) that have a member speaking
 * the language; the agency teams whose contract covers unit, language and platform; the hub and
 * triage queues; a queue a policy rule names.
 */
final class BatchDirectory implements RoutingDirectory {

	private final Units units;
	private final Teams teams;
	private final Queues queues;
	private final Map<List<Object>, List<RoutingTarget>> teamLists = new HashMap<>();
	private final Map<Queue.Role, RoutingTarget> roles = new EnumMap<>(Queue.Role.class);
	private final Map<List<Object>, Optional<RoutingTarget>> named = new HashMap<>();

	BatchDirectory(Units units, Teams teams, Queues queues) {
		this.units = units;
		this.teams = teams;
		this.queues = queues;
	}

	@Override
	public List<RoutingTarget> countryHelpers(UnitId unit, String language) {
		return teamLists.computeIfAbsent(List.of("helpers", unit, language), key -> {
			if (!isIsoLanguage(language)) {
				return List.of();
			}
			List<RoutingTarget> targets = new ArrayList<>();
			for (UnitSummary candidate : unitUpToCountry(unit)) {
				teams.ofUnit(candidate.id(), TeamKind.CARE_HELPERS)
					.stream()
					.filter(team -> !teams.membersSpeaking(team.id(), language).isEmpty())
					.map(BatchDirectory::target)
					.forEach(targets::add);
			}
			return targets;
		});
	}

	@Override
	public List<RoutingTarget> agencies(UnitId unit, String language, String platform) {
		return teamLists.computeIfAbsent(List.of("agencies", unit, language, platform), key -> isIsoLanguage(language)
				? teams.agencyTeamsCovering(unit, language, platform).stream().map(BatchDirectory::target).toList()
				: List.of());
	}

	@Override
	public RoutingTarget hub() {
		return roles.computeIfAbsent(Queue.Role.HUB, role -> roleQueue(role, "Hub"));
	}

	@Override
	public RoutingTarget triage() {
		return roles.computeIfAbsent(Queue.Role.TRIAGE, role -> roleQueue(role, "Triage"));
	}

	@Override
	public Optional<RoutingTarget> namedQueue(UnitId unit, String name) {
		return named.computeIfAbsent(List.of(unit, name), key -> {
			List<UnitId> path = units.path(unit).stream().map(UnitSummary::id).toList();
			// the nearest unit's queue of that name wins: a spoke's "legal" before the hub's
			return queues.named(name)
				.stream()
				.filter(q -> path.contains(q.unit()))
				.max(Comparator.comparingInt(q -> path.indexOf(q.unit())))
				.map(q -> new RoutingTarget(q.team(), q.name()));
		});
	}

	/** The unit itself and, when it lies below a country (a business unit), the units up to that country. */
	private List<UnitSummary> unitUpToCountry(UnitId unit) {
		List<UnitSummary> result = new ArrayList<>();
		Optional<UnitSummary> self = units.find(unit);
		if (self.isEmpty()) {
			return result;
		}
		result.add(self.get());
		if (self.get().kind() == UnitKind.COUNTRY) {
			return result;
		}
		for (UnitSummary ancestor : units.ancestors(unit)) {
			if (ancestor.kind() == UnitKind.REGION || ancestor.kind() == UnitKind.GROUP) {
				break;
			}
			result.add(ancestor);
			if (ancestor.kind() == UnitKind.COUNTRY) {
				break;
			}
		}
		return result;
	}

	/**
	 * The queue holding a role; created on the group's first community team (else its first team) when the
	 * organisation has none yet, so that no conversation is ever left without a place to wait.
	 */
	private RoutingTarget roleQueue(Queue.Role role, String name) {
		Queue queue = queues.withRole(role).orElseGet(() -> {
			UnitSummary root = units.root().orElseThrow(() -> new IllegalStateException("no organisation yet"));
			TeamSummary team = teams.ofUnit(root.id(), TeamKind.COMMUNITY)
				.stream()
				.findFirst()
				.or(() -> teams.ofUnit(root.id()).stream().findFirst())
				.orElseThrow(() -> new IllegalStateException("the group has no team to hold the " + name + " queue"));
			return queues.create(Queues.defaultFor(team, name, role));
		});
		return new RoutingTarget(queue.team(), queue.name());
	}

	private static RoutingTarget target(TeamSummary team) {
		return new RoutingTarget(team.id(), team.name());
	}

	private static boolean isIsoLanguage(String language) {
		try {
			Languages.require(language);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
