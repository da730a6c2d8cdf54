package io.dandelion.channels.web;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.internal.Channel;
import io.dandelion.channels.internal.ChannelAccess;
import io.dandelion.channels.internal.ChannelAdministration;
import io.dandelion.channels.internal.ChannelAdministration.ChannelChanges;
import io.dandelion.channels.internal.ChannelAdministration.NewChannel;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.ChannelNotFoundException;
import io.dandelion.channels.internal.ChannelStatus;
import io.dandelion.channels.internal.Platforms;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Channels", description = "Connected accounts of the caller's units; others answer 404. "
		+ "Credentials are write-only: responses name them, never show them.")
class ChannelsApi {

	record NewChannelJson(@Nullable String unit, @Nullable String ownerTeam, @Nullable String platform,
			@Nullable String handle, @Nullable String externalId, @Nullable Map<String, String> credentials) {

		@Override
		public String toString() {
			return "NewChannelJson[" + platform + " " + handle + "]";
		}
	}

	record ChannelChangesJson(@Nullable String handle, @Nullable String externalId, @Nullable String status,
			@Nullable Map<String, @Nullable String> credentials) {

		@Override
		public String toString() {
			return "ChannelChangesJson[" + handle + ", " + status + "]";
		}
	}

	record OwnershipJson(@Nullable String team, @Nullable String reason) {
	}

	record RotationJson(int reencrypted) {
	}

	private final ChannelDirectory channels;
	private final ChannelAdministration administration;
	private final CurrentAccess access;
	private final ConnectorRegistry connectors;

	ChannelsApi(ChannelDirectory channels, ChannelAdministration administration, CurrentAccess access,
			ConnectorRegistry connectors) {
		this.channels = channels;
		this.administration = administration;
		this.access = access;
		this.connectors = connectors;
	}

	@GetMapping
	@Operation(summary = "Channels of one unit, or of every unit whose channels the caller manages or reads")
	List<ChannelView> list(@RequestParam(required = false) @Nullable String unit) {
		AccessScope scope = access.get();
		Set<UnitId> units = ChannelPages.visibleUnits(scope);
		if (unit != null) {
			UnitId only = UnitId.of(unit);
			if (!units.contains(only)) {
				throw new ChannelNotFoundException("unit " + unit + " not found");
			}
			units = Set.of(only);
		}
		return channels.ofUnits(units).stream().filter(c -> ChannelAccess.sees(scope, c)).map(ChannelView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One channel")
	ChannelView get(@PathVariable String id) {
		return ChannelView.of(visible(ChannelId.of(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Connect an account: unit, owning team of that unit, platform, handle, credentials (write-only)")
	ChannelView create(@RequestBody NewChannelJson body) {
		ChannelId id = administration.create(access.get(),
				new NewChannel(UnitId.of(required(body.unit(), "unit")), team(required(body.ownerTeam(), "ownerTeam")),
						connectable(required(body.platform(), "platform")), required(body.handle(), "handle"),
						body.externalId(),
						body.credentials() == null ? Map.of() : body.credentials()));
		return get(id.toString());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change the handle, external id or status (ACTIVE, PAUSED); set, rotate or remove (null) "
			+ "credentials, e.g. a Facebook Page's webhook verify_token; stored encrypted, never returned")
	ChannelView update(@PathVariable String id, @RequestBody ChannelChangesJson body) {
		Map<String, @Nullable String> credentials = body.credentials() == null ? Map.of()
				: new HashMap<>(body.credentials());
		administration.update(access.get(), ChannelId.of(id),
				new ChannelChanges(body.handle(), body.externalId(), status(body.status()), credentials));
		return get(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Disconnect an account: its credentials are destroyed, its conversations stay")
	void delete(@PathVariable String id) {
		administration.delete(access.get(), ChannelId.of(id));
	}

	@PostMapping("/{id}/ownership")
	@Operation(summary = "A team takes ownership: the account is lent to it until it is handed back")
	ChannelView takeOwnership(@PathVariable String id, @RequestBody OwnershipJson body) {
		administration.lend(access.get(), ChannelId.of(id), team(required(body.team(), "team")), body.reason());
		return get(id);
	}

	@DeleteMapping("/{id}/ownership")
	@Operation(summary = "Hand the account back to its owning team")
	ChannelView handBack(@PathVariable String id) {
		administration.handBack(access.get(), ChannelId.of(id));
		return get(id);
	}

	@PostMapping("/credential-keys/rotation")
	@Operation(summary = "Re-encrypt every credential with the newest configured key (hub admins)")
	RotationJson rotate() {
		return new RotationJson(administration.rotateKeys(access.get()));
	}

	private Channel visible(ChannelId id) {
		return ChannelAccess.visible(access.get(), id, channels.details(id));
	}

	/** A platform that has a connector: an account on any other could be stored but never reached. */
	private String connectable(String platform) {
		String name = Platforms.require(platform);
		if (connectors.forPlatform(name).isEmpty()) {
			throw new IllegalArgumentException("there is no connector for the platform '" + name
					+ "' yet, so its accounts cannot be connected; connectable platforms are "
					+ new TreeSet<>(connectors.platforms()));
		}
		return name;
	}

	private static TeamId team(String text) {
		try {
			return new TeamId(java.util.UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid team id: " + text, e);
		}
	}

	private static @Nullable ChannelStatus status(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return ChannelStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("status must be one of " + Arrays.toString(ChannelStatus.values()), e);
		}
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}
}
