package io.dandelion.organisation;

import static io.dandelion.organisation.ApiInput.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Organisation: units", description = "The unit tree. Units outside the caller's managed subtree answer 404.")
class UnitsApi {

	record UnitView(UUID id, String code, String name, UnitKind kind, @Nullable UUID parent, String timeZone,
			List<String> languages, @Nullable String countryCode) {

		static UnitView of(UnitSummary unit) {
			return new UnitView(unit.id().value(), unit.code(), unit.name(), unit.kind(),
					unit.parent() == null ? null : unit.parent().value(), unit.timeZone(), unit.languages(),
					unit.countryCode());
		}
	}

	record NewUnit(String code, String name, UnitKind kind, UUID parent, String timeZone, List<String> languages,
			@Nullable String countryCode) {
	}

	record UnitChanges(String name, String timeZone, List<String> languages, @Nullable String countryCode) {
	}

	record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {
	}

	record Holiday(LocalDate day, @Nullable String name) {
	}

	record HoursView(String timeZone, List<Opening> openings, List<Holiday> holidays) {
	}

	record HoursChanges(List<Opening> openings, List<Holiday> holidays) {
	}

	private final Units units;
	private final UnitAdministration administration;
	private final CurrentAccess access;

	UnitsApi(Units units, UnitAdministration administration, CurrentAccess access) {
		this.units = units;
		this.administration = administration;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Units the caller manages, parents before children")
	List<UnitView> list() {
		return units.visibleTo(access.get(), Permission.ORGANISATION_MANAGE).stream().map(UnitView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit")
	UnitView get(@PathVariable UUID id) {
		return UnitView.of(visible(new UnitId(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a unit below a unit the caller manages")
	UnitView create(@RequestBody NewUnit body) {
		UnitId id = administration.create(access.get(), new UnitDraft(required(body.code(), "code"), body.name(),
				required(body.kind(), "kind"), unit(body.parent(), "parent"), body.timeZone(), orEmpty(body.languages()),
				body.countryCode()));
		return UnitView.of(units.find(id).orElseThrow());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a unit's name, time zone, languages and country")
	UnitView update(@PathVariable UUID id, @RequestBody UnitChanges body) {
		administration.update(access.get(), new UnitId(id), body.name(), body.timeZone(), orEmpty(body.languages()),
				body.countryCode());
		return UnitView.of(units.find(new UnitId(id)).orElseThrow());
	}

	@GetMapping("/{id}/business-hours")
	@Operation(summary = "A unit's opening hours (in its time zone) and holidays")
	HoursView hours(@PathVariable UUID id) {
		visible(new UnitId(id));
		BusinessHours hours = units.businessHours(new UnitId(id));
		List<Opening> openings = new ArrayList<>();
		hours.week().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(day -> day.getValue()
			.forEach(opening -> openings.add(new Opening(day.getKey(), opening.opens(), opening.closes()))));
		return new HoursView(hours.zone().getId(), openings,
				hours.holidays().stream().sorted().map(day -> new Holiday(day, null)).toList());
	}

	@PutMapping("/{id}/business-hours")
	@Operation(summary = "Replace a unit's opening hours and holidays")
	HoursView setHours(@PathVariable UUID id, @RequestBody HoursChanges body) {
		Map<DayOfWeek, List<BusinessHours.Opening>> week = new EnumMap<>(DayOfWeek.class);
		for (Opening opening : orEmpty(body.openings())) {
			week.computeIfAbsent(required(opening.day(), "day"), d -> new ArrayList<>())
				.add(new BusinessHours.Opening(required(opening.opens(), "opens"), required(opening.closes(), "closes")));
		}
		Map<LocalDate, String> holidays = new TreeMap<>();
		for (Holiday holiday : orEmpty(body.holidays())) {
			holidays.put(required(holiday.day(), "holiday day"), holiday.name() == null ? "" : holiday.name());
		}
		administration.setBusinessHours(access.get(), new UnitId(id), week, holidays);
		return hours(id);
	}

	private UnitSummary visible(UnitId id) {
		Guard.manages(access.get(), id, "unit");
		return units.find(id).orElseThrow(() -> new NotFoundException("unit not found"));
	}
}
