package io.dandelion.platform.security;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's personal API tokens: issue (the secret is in this answer only), list, revoke. */
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokensApi {

	private final ApiTokens tokens;
	private final CurrentAccess access;

	ApiTokensApi(ApiTokens tokens, CurrentAccess access) {
		this.tokens = tokens;
		this.access = access;
	}

	@GetMapping
	List<ApiTokens.TokenSummary> list() {
		return tokens.of(access.get());
	}

	/** Issues a token carrying one role the caller holds on one unit; use it as {@code Authorization: Bearer <secret>}. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.IssuedToken issue(@RequestBody TokenRequest request) {
		if (request.name() == null || request.role() == null || request.unit() == null) {
			throw new IllegalArgumentException("name, role and unit are required");
		}
		return tokens.issue(access.get(), request.name(), role(request.role()), UnitId.of(request.unit()),
				expiry(request.expiresAt()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String id) {
		tokens.revoke(access.get(), uuid(id));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	private static Role role(String text) {
		try {
			return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("role must be one of " + Arrays.toString(Role.values()), e);
		}
	}

	private static @Nullable Instant expiry(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : Instant.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("expiresAt must be an ISO-8601 instant", e);
		}
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a valid token id: " + text, e);
		}
	}

	record TokenRequest(@Nullable String name, @Nullable String role, @Nullable String unit,
			@Nullable String expiresAt) {
	}
}
