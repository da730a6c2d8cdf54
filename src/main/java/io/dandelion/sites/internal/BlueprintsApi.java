package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.sites.BlueprintId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sites/blueprints")
@Tag(name = "Sites: blueprints", description = "Versioned blueprints. Everyone who edits sites may read them; only "
		+ "the hub makes, drafts and publishes them (others get 403). A published version never changes.")
class BlueprintsApi {

	/** A new blueprint: its name and the definition of its draft version 1. */
	record NewBlueprint(String name, BlueprintDefinition definition) {
	}

	/** A version with its definition. */
	record VersionView(UUID blueprint, String name, int version, boolean published, BlueprintDefinition definition) {

		static VersionView of(Blueprints.Version version) {
			return new VersionView(version.blueprint().value(), version.name(), version.number(), version.published(),
					version.definition());
		}
	}

	/** A blueprint with its newest version and newest published version (0 when none is). */
	record SummaryView(UUID id, String name, int latest, int latestPublished) {
	}

	private final CurrentAccess access;
	private final Blueprints blueprints;

	BlueprintsApi(CurrentAccess access, Blueprints blueprints) {
		this.access = access;
		this.blueprints = blueprints;
	}

	@GetMapping
	@Operation(summary = "Every blueprint with its newest and newest published version")
	List<SummaryView> list() {
		requireSitesRights();
		return blueprints.all()
			.stream()
			.map(b -> new SummaryView(b.id().value(), b.name(), b.latest(), b.latestPublished()))
			.toList();
	}

	@GetMapping("/{id}/versions/{version}")
	@Operation(summary = "One version of a blueprint")
	VersionView version(@PathVariable String id, @PathVariable int version) {
		requireSitesRights();
		return VersionView.of(blueprints.require(BlueprintId.of(id), version));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make a blueprint; its version 1 is a draft until published")
	VersionView create(@RequestBody NewBlueprint body) {
		var id = blueprints.create(access.get(), body.name(), required(body.definition()));
		return VersionView.of(blueprints.require(id, 1));
	}

	@PutMapping("/{id}/draft")
	@Operation(summary = "Save the definition as the blueprint's open draft (a new version when the newest is published)")
	VersionView saveDraft(@PathVariable String id, @RequestBody BlueprintDefinition definition) {
		var blueprint = BlueprintId.of(id);
		return VersionView
			.of(blueprints.require(blueprint, blueprints.saveDraft(access.get(), blueprint, required(definition))));
	}

	@PostMapping("/{id}/versions/{version}/publish")
	@Operation(summary = "Publish a draft version after validating it (400 lists every problem); it never changes again")
	Map<String, Object> publish(@PathVariable String id, @PathVariable int version) {
		blueprints.publish(access.get(), BlueprintId.of(id), version);
		return Map.of("blueprint", id, "version", version, "published", true);
	}

	private static BlueprintDefinition required(BlueprintDefinition definition) {
		if (definition == null) {
			throw new SitesException.Invalid("a blueprint needs a definition");
		}
		return definition;
	}

	private void requireSitesRights() {
		if (access.get().units(Permission.SITES_EDIT).isEmpty()) {
			throw new SitesException.Forbidden("reading blueprints needs site editing rights somewhere");
		}
	}
}
