package io.dandelion.routing.web;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.SlaPolicy;
import io.dandelion.routing.SlaTargets;
import io.dandelion.routing.internal.SlaPolicies;
import io.dandelion.routing.internal.SlaPolicies.BreachAction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** SLA policies over REST: per unit, the hub's inherited by spokes; writing needs the policy role on the unit. */
@RestController
@RequestMapping("/api/v1/sla-policies")
@Tag(name = "SLA policies", description = "First-response, next-response and resolution targets in business time, "
		+ "per unit subtree, optionally per account (channel), platform and priority. A unit outside the caller's scope answers 404.")
class SlaPoliciesApi {

	private final SlaPolicies policies;
	private final CurrentAccess access;

	SlaPoliciesApi(SlaPolicies policies, CurrentAccess access) {
		this.policies = policies;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "With 'unit': the policies that apply there, its own and those inherited from above; "
			+ "without: the policies of every unit the caller reads")
	List<PolicyJson> list(@RequestParam(required = false) @Nullable String unit) {
		if (unit == null) {
			return policies.visibleTo(access.get()).stream().map(p -> PolicyJson.of(p, false, true)).toList();
		}
		return policies.applyingTo(access.get(), UnitId.of(unit)).stream().map(PolicyJson::of).toList();
	}

	@GetMapping("/effective")
	@Operation(summary = "The one policy that applies to a conversation of the unit, on the account and platform "
			+ "(any, when omitted), at the priority (3, when omitted); 204 when none")
	ResponseEntity<PolicyJson> effective(@RequestParam String unit,
			@RequestParam(required = false) @Nullable String channel, @RequestParam(defaultValue = "") String platform,
			@RequestParam(defaultValue = "3") int priority) {
		return policies
			.effective(access.get(), UnitId.of(unit), channel == null ? null : ChannelId.of(channel),
					platform.toLowerCase(Locale.ROOT), checkedPriority(priority))
			.map(p -> ResponseEntity.ok(PolicyJson.of(p)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a policy on a unit (durations in ISO-8601, e.g. PT4H)")
	PolicyJson create(@RequestBody PolicyInput body) {
		return PolicyJson.of(policies.create(access.get(), body.policy(null), body.actions()), false, true);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a policy of a unit where the caller writes policies")
	PolicyJson update(@PathVariable String id, @RequestBody PolicyInput body) {
		return PolicyJson.of(policies.update(access.get(), uuid(id, "policy id"), body::policy, body.actions()), false,
				true);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a policy; running timers keep their deadlines")
	void delete(@PathVariable String id) {
		policies.delete(access.get(), uuid(id, "policy id"));
	}

	/** A policy as written by a client; each field checked with a sentence saying what is wrong. */
	record PolicyInput(@Nullable String name, @Nullable String unit, @Nullable String channel, @Nullable String platform,
			@Nullable Integer priority, @Nullable String firstResponse, @Nullable String nextResponse,
			@Nullable String resolution, @Nullable Double warnAt, @Nullable List<String> onBreach) {

		SlaPolicy policy(@Nullable UnitId existing) {
			if (name == null || name.isBlank() || name.strip().length() > 100) {
				throw new IllegalArgumentException("'name' is required (1 to 100 characters)");
			}
			UnitId on = UnitId.of(existing != null && unit == null ? existing.toString() : required(unit, "unit"));
			String onPlatform = platform == null || platform.isBlank() ? null : platform.strip().toLowerCase(Locale.ROOT);
			var targets = new SlaTargets(duration(firstResponse, "firstResponse"), duration(nextResponse, "nextResponse"),
					duration(resolution, "resolution"), warnAt == null ? 0.8 : warnAt);
			return new SlaPolicy(name.strip(), on, onPlatform, priority == null ? null : checkedPriority(priority), targets,
					channel == null || channel.isBlank() ? null : ChannelId.of(channel.strip()));
		}

		Set<BreachAction> actions() {
			Set<BreachAction> actions = EnumSet.noneOf(BreachAction.class);
			for (String action : onBreach == null ? List.<String>of() : onBreach) {
				try {
					actions.add(BreachAction.valueOf(action.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
				}
				catch (IllegalArgumentException e) {
					throw new IllegalArgumentException("'onBreach' takes raise_priority, return_to_queue and "
							+ "escalate_to_hub, not " + action, e);
				}
			}
			return actions;
		}
	}

	record PolicyJson(String id, String name, String unit, @Nullable String channel, @Nullable String platform,
			@Nullable Integer priority,
			String firstResponse, String nextResponse, String resolution, double warnAt, List<String> onBreach,
			boolean inherited, boolean editable) {

		static PolicyJson of(SlaPolicies.Applying applying) {
			return of(applying.stored(), applying.inherited(), applying.editable());
		}

		static PolicyJson of(SlaPolicies.Stored stored, boolean inherited, boolean editable) {
			var p = stored.policy();
			var t = p.targets();
			return new PolicyJson(stored.id().toString(), p.name(), p.unit().toString(),
					p.channel() == null ? null : p.channel().toString(), p.platform(), p.priority(),
					t.firstResponse().toString(), t.nextResponse().toString(), t.resolution().toString(), t.warnAt(),
					stored.onBreach().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).sorted().toList(), inherited,
					editable);
		}
	}

	private static int checkedPriority(int priority) {
		if (priority < 1 || priority > 5) {
			throw new IllegalArgumentException("'priority' runs from 1 (most urgent) to 5, not " + priority);
		}
		return priority;
	}

	private static Duration duration(@Nullable String text, String field) {
		try {
			return Duration.parse(required(text, field).strip());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + field + "' must be an ISO-8601 duration such as PT4H, not " + text, e);
		}
	}

	private static String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}

	private static UUID uuid(String value, String what) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid " + what + ": " + value, e);
		}
	}
}
