package io.dandelion.routing.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Works out a caller's {@link ItemScope}: their grants, their agency contract, and the accounts lent now.
 * While an account is lent its borrowing team's members read and work its conversations, and nobody else
 * works them but the admins of the account's unit.
 */
@Component
class ItemScopes {

	private final Teams teams;
	private final Loans loans;

	ItemScopes(Teams teams, Loans loans) {
		this.teams = teams;
		this.loans = loans;
	}

	ItemScope of(AccessScope scope, Permission permission) {
		return of(scope, permission, loans.current().values());
	}

	/** The scope against loans already read (auto-assignment reads them once per run). */
	ItemScope of(AccessScope scope, Permission permission, Collection<Loans.Loan> lent) {
		Set<String> languages = scope.contract().map(ContractLimits::languages).orElse(Set.of());
		Set<String> platforms = scope.contract().map(ContractLimits::platforms).orElse(Set.of());
		if (lent.isEmpty()) {
			return new ItemScope(scope.units(permission), Set.of(), Set.of(), languages, platforms);
		}
		Set<TeamId> mine = scope.member()
			.map(m -> teams.ofMember(m).stream().map(TeamSummary::id).collect(Collectors.toSet()))
			.orElse(Set.of());
		Set<UUID> borrowed = lent.stream().filter(l -> mine.contains(l.team())).map(Loans.Loan::channel)
			.collect(Collectors.toSet());
		Set<UUID> lentAway = permission != Permission.CONVERSATIONS_WORK ? Set.of()
				: lent.stream()
					.filter(l -> !mine.contains(l.team()) && !scope.can(Permission.ORGANISATION_MANAGE, l.unit()))
					.map(Loans.Loan::channel)
					.collect(Collectors.toSet());
		return new ItemScope(scope.units(permission), borrowed, lentAway, languages, platforms);
	}

	Map<UUID, Loans.Loan> loans() {
		return loans.current();
	}
}
