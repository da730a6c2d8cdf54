package io.dandelion.channels.web;

import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.internal.ChannelAccess;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.NavigationItem;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The channel list: every account of the caller's units, who acts for it, how it is doing and when its
 * token expires; for channel managers, links that connect accounts through the platforms' OAuth flows.
 */
@Controller
class ChannelPages {

	private final ChannelDirectory channels;
	private final CurrentAccess access;
	private final Units units;
	private final Teams teams;
	private final ConnectorRegistry registry;
	private final MessageSource messages;

	ChannelPages(ChannelDirectory channels, CurrentAccess access, Units units, Teams teams, ConnectorRegistry registry,
			MessageSource messages) {
		this.channels = channels;
		this.access = access;
		this.units = units;
		this.teams = teams;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/channels")
	String list(@RequestParam(required = false) @Nullable String connected, Model model) {
		AccessScope scope = access.get();
		Set<String> oauth = registry.oauthPlatforms();
		List<ChannelRow> rows = channels.ofUnits(visibleUnits(scope))
			.stream()
			.filter(c -> ChannelAccess.sees(scope, c))
			.map(c -> new ChannelRow(c, unitName(c.unit()), teamName(c.ownerTeam()), teamName(c.actingTeam()),
					oauth.contains(c.platform()) && scope.can(Permission.CHANNELS_MANAGE, c.unit())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("now", Instant.now());
		model.addAttribute("t", ChannelTexts.current(messages));
		model.addAttribute("manages", !scope.units(Permission.CHANNELS_MANAGE).isEmpty());
		model.addAttribute("platforms", List.copyOf(oauth));
		model.addAttribute("owners", owners(scope));
		model.addAttribute("connected", rows.stream()
			.filter(r -> connected != null && r.channel().id().toString().equals(connected))
			.map(r -> r.channel().handle())
			.findFirst()
			.orElse(null));
		return "channels/list";
	}

	/** Units whose channels the caller manages or whose conversations they read. */
	static Set<UnitId> visibleUnits(AccessScope scope) {
		Set<UnitId> units = new HashSet<>(scope.units(Permission.CHANNELS_MANAGE));
		units.addAll(scope.units(Permission.CONVERSATIONS_READ));
		return units;
	}

	private List<OwnerChoice> owners(AccessScope scope) {
		return scope.units(Permission.CHANNELS_MANAGE)
			.stream()
			.flatMap(unit -> teams.ofUnit(unit).stream().map(team -> new OwnerChoice(team.id(), team.name(), unitName(unit))))
			.sorted(Comparator.comparing(OwnerChoice::unit).thenComparing(OwnerChoice::name))
			.toList();
	}

	private String unitName(UnitId unit) {
		return units.find(unit).map(UnitSummary::name).orElse(unit.toString());
	}

	private String teamName(TeamId team) {
		return teams.find(team).map(TeamSummary::name).orElse(team.toString());
	}

	@Bean
	static NavigationItem channelsNavigation() {
		return new NavigationItem("Channels", "/channels", 60, Permission.CHANNELS_MANAGE);
	}
}
