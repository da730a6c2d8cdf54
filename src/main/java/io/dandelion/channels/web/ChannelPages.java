package io.dandelion.channels.web;

import io.dandelion.channels.internal.Channel;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The channel list: every account of the caller's units, who acts for it, and how it is doing. */
@Controller
class ChannelPages {

	private final ChannelDirectory channels;
	private final CurrentAccess access;
	private final Units units;
	private final Teams teams;
	private final MessageSource messages;

	ChannelPages(ChannelDirectory channels, CurrentAccess access, Units units, Teams teams, MessageSource messages) {
		this.channels = channels;
		this.access = access;
		this.units = units;
		this.teams = teams;
		this.messages = messages;
	}

	@GetMapping("/channels")
	String list(Model model) {
		AccessScope scope = access.get();
		List<ChannelRow> rows = channels.ofUnits(visibleUnits(scope))
			.stream()
			.filter(c -> ChannelAccess.sees(scope, c))
			.map(c -> new ChannelRow(c, unitName(c.unit()), teamName(c.ownerTeam()), teamName(c.actingTeam())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("t", ChannelTexts.current(messages));
		model.addAttribute("manages", !scope.units(Permission.CHANNELS_MANAGE).isEmpty());
		return "channels/list";
	}

	/** Units whose channels the caller manages or whose conversations they read. */
	static Set<UnitId> visibleUnits(AccessScope scope) {
		Set<UnitId> units = new HashSet<>(scope.units(Permission.CHANNELS_MANAGE));
		units.addAll(scope.units(Permission.CONVERSATIONS_READ));
		return units;
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
